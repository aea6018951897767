import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../components/EmptyState";
import { ErrorMessage } from "../components/ErrorMessage";
import { Pager } from "../components/Pager";
import { Skeleton } from "../components/Skeleton";
import { useLabels } from "../i18n";
import { dash, formatNumber } from "../i18n/format";
import { TalentBoxMembersDocument } from "./documents";

type Props = { year: number; box: number; unitId: string | undefined; label: string; onClose: () => void };

const pageSize = 20;
type Page = { first?: number; after?: string; last?: number; before?: string };

/** The people of one box of the year's 9-box, by name, each a link to their profile. */
export function BoxMembers({ year, box, unitId, label, onClose }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [page, setPage] = useState<Page>({ first: pageSize });
  const [{ data, error, fetching }] = useQuery({
    query: TalentBoxMembersDocument,
    variables: { year, box, unitID: unitId, ...page },
    requestPolicy: "cache-and-network",
  });
  const members = data?.talentBoxMembers;
  const rows = (members?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <section
      className="card box-members"
      aria-labelledby="box-members-title"
      key={`${year}-${box}-${unitId}`}
    >
      <div className="card-header">
        {/* The API's label names the box and what PermenPANRB 3/2020 recommends for it. */}
        <h2 id="box-members-title">{label || t("talent.members.title", { box })}</h2>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t("talent.members.close")}
        </button>
      </div>
      <ErrorMessage error={error} />
      {!members ? (
        fetching && <Skeleton lines={5} />
      ) : rows.length === 0 ? (
        <EmptyState title={t("talent.members.none")} />
      ) : (
        <>
          <p className="result-count" aria-live="polite">
            {t("talent.members.count", {
              count: members.totalCount,
              formatted: formatNumber(members.totalCount),
            })}
          </p>
          <ul className="plain-list member-list">
            {rows.map((e) => (
              <li key={e.id}>
                <Link to={`/pegawai/${e.id}`}>{e.name ?? dash}</Link>
                <span className="block hint">
                  {[e.position?.title, e.unit.name, e.rank && labels.rank(e.rank)]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </li>
            ))}
          </ul>
          {(members.pageInfo.hasNextPage ||
            members.pageInfo.hasPreviousPage ||
            page.after ||
            page.before) && (
            <Pager
              hasPrevious={Boolean(page.after) || (Boolean(page.before) && members.pageInfo.hasPreviousPage)}
              hasNext={Boolean(page.before) || members.pageInfo.hasNextPage}
              onFirst={() => setPage({ first: pageSize })}
              onPrevious={() =>
                setPage({ last: pageSize, before: members.pageInfo.startCursor ?? undefined })
              }
              onNext={() => setPage({ first: pageSize, after: members.pageInfo.endCursor ?? undefined })}
            />
          )}
        </>
      )}
    </section>
  );
}
