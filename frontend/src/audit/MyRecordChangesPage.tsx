import "./audit.css";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { useViewer } from "../auth/viewer";
import { EmptyState } from "../components/EmptyState";
import { ErrorMessage } from "../components/ErrorMessage";
import { Pager } from "../components/Pager";
import { Skeleton } from "../components/Skeleton";
import { AuditTable } from "./AuditTable";
import { MyRecordChangesDocument } from "./documents";
import { pageSize } from "./filters";

type Page = { after?: string; before?: string };

/** Who changed the signed-in employee's record and when, with the changes: open to every employee. */
export function MyRecordChangesPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [page, setPage] = useState<Page>({});
  const [{ data, error, fetching }] = useQuery({
    query: MyRecordChangesDocument,
    variables: page.before ? { last: pageSize, before: page.before } : { first: pageSize, after: page.after },
    requestPolicy: "cache-and-network",
    pause: !viewer.employee,
  });
  const changes = data?.myRecordChanges;
  const entries = (changes?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <>
      {viewer.employee && (
        <p className="breadcrumb">
          <Link to={`/pegawai/${viewer.employee.id}`}>{t("audit.mine.back")}</Link>
        </p>
      )}
      <h1>{t("audit.mine.title")}</h1>
      <p className="subtitle">{t("audit.mine.intro")}</p>
      <ErrorMessage error={error} />
      {!changes && fetching && <Skeleton lines={6} />}
      {(!viewer.employee || (changes && entries.length === 0)) && (
        <EmptyState title={t("audit.mine.empty")} />
      )}
      {changes && entries.length > 0 && (
        <>
          <AuditTable entries={entries} />
          <Pager
            hasPrevious={changes.pageInfo.hasPreviousPage || Boolean(page.after)}
            hasNext={changes.pageInfo.hasNextPage || Boolean(page.before)}
            onFirst={() => setPage({})}
            onPrevious={() => setPage({ before: changes.pageInfo.startCursor ?? undefined })}
            onNext={() => setPage({ after: changes.pageInfo.endCursor ?? undefined })}
          />
        </>
      )}
    </>
  );
}
