import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../components/EmptyState";
import { ErrorMessage } from "../components/ErrorMessage";
import { Pager } from "../components/Pager";
import { Skeleton } from "../components/Skeleton";
import type { MentorshipWhereInput } from "../gql/graphql";
import { useLabels } from "../i18n";
import { dash, formatDate } from "../i18n/format";
import { MentorshipsDocument } from "./documents";
import { usePages } from "./usePages";

const pageSize = 20;

/** A page of mentorships with both people, the period and the goals; each opens its own page. */
export function MentorshipList({
  title,
  empty,
  where,
}: {
  title: string;
  empty: string;
  where: MentorshipWhereInput;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const pages = usePages();
  const [{ data, fetching, error }] = useQuery({
    query: MentorshipsDocument,
    variables: { where, first: pageSize, after: pages.after },
  });
  const list = data?.mentorships;
  const headingId = `${title.replace(/\W+/g, "-").toLowerCase()}-title`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ErrorMessage error={error} />
      {fetching && !list && <Skeleton />}
      {list && list.totalCount === 0 && <EmptyState title={empty} />}
      {list && list.totalCount > 0 && (
        <>
          <p className="hint">{t("mentoring.count", { count: list.totalCount })}</p>
          <div className="table-scroll">
            <table className="data-table stack-table">
              <thead>
                <tr>
                  <th scope="col">{t("mentoring.mentee")}</th>
                  <th scope="col">{t("mentoring.mentor")}</th>
                  <th scope="col">{t("mentoring.period")}</th>
                  <th scope="col">{t("mentoring.goals")}</th>
                  <th scope="col">{t("mentoring.detail.status")}</th>
                </tr>
              </thead>
              <tbody>
                {list.edges?.map((e) =>
                  e?.node ? (
                    <tr key={e.node.id}>
                      <td>
                        <Link to={`/mentoring/${e.node.id}`}>{e.node.mentee.name ?? dash}</Link>
                      </td>
                      <td>{e.node.mentor.name ?? dash}</td>
                      <td>
                        {formatDate(e.node.startsOn)} –{" "}
                        {e.node.endsOn ? formatDate(e.node.endsOn) : t("mentoring.ongoing")}
                      </td>
                      <td>{e.node.goals ?? dash}</td>
                      <td>{labels.mentorshipStatus(e.node.status)}</td>
                    </tr>
                  ) : null,
                )}
              </tbody>
            </table>
          </div>
          {(pages.after || list.pageInfo.hasNextPage) && <Pager {...pages.pager(list.pageInfo)} />}
        </>
      )}
    </section>
  );
}
