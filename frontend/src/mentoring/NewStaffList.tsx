import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../components/EmptyState";
import { ErrorMessage } from "../components/ErrorMessage";
import { Pager } from "../components/Pager";
import { Skeleton } from "../components/Skeleton";
import { dash, formatDate } from "../i18n/format";
import { NewStaffWithoutMentorDocument } from "./documents";
import type { Person } from "./PersonPicker";
import { usePages } from "./usePages";

const pageSize = 20;

/** New staff still waiting for a mentor; those who may pair send one to the pairing form. */
export function NewStaffList({ onPair }: { onPair?: (mentee: Person) => void }) {
  const { t } = useTranslation();
  const pages = usePages();
  const [{ data, fetching, error }] = useQuery({
    query: NewStaffWithoutMentorDocument,
    variables: { unitID: null, first: pageSize, after: pages.after },
  });
  const list = data?.newStaffWithoutMentor;
  return (
    <section className="card" aria-labelledby="new-staff-title">
      <h2 id="new-staff-title">{t("mentoring.newStaff.title")}</h2>
      <p className="hint">{t("mentoring.newStaff.hint")}</p>
      <ErrorMessage error={error} />
      {fetching && !list && <Skeleton />}
      {list && list.totalCount === 0 && <EmptyState title={t("mentoring.newStaff.none")} />}
      {list && list.totalCount > 0 && (
        <>
          <div className="table-scroll">
            <table className="data-table stack-table">
              <thead>
                <tr>
                  <th scope="col">{t("mentoring.mentee")}</th>
                  <th scope="col">{t("mentoring.newStaff.hiredAt")}</th>
                  <th scope="col">{t("mentoring.unit")}</th>
                  {onPair && <th scope="col" />}
                </tr>
              </thead>
              <tbody>
                {list.edges?.map((e) => {
                  const n = e?.node;
                  if (!n) return null;
                  return (
                    <tr key={n.id}>
                      <td>
                        <Link to={`/pegawai/${n.id}`}>{n.name ?? dash}</Link>
                        <span className="hint block">{[n.nip, n.rankName].filter(Boolean).join(" · ")}</span>
                      </td>
                      <td>{formatDate(n.hiredAt)}</td>
                      <td>{[n.position?.title, n.unit.name].filter(Boolean).join(" · ")}</td>
                      {onPair && (
                        <td>
                          <button
                            type="button"
                            className="button-secondary"
                            aria-label={t("mentoring.newStaff.pairName", { name: n.name })}
                            onClick={() => onPair({ id: n.id, name: n.name ?? n.id, detail: n.unit.name })}
                          >
                            {t("mentoring.newStaff.pair")}
                          </button>
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {(pages.after || list.pageInfo.hasNextPage) && <Pager {...pages.pager(list.pageInfo)} />}
        </>
      )}
    </section>
  );
}
