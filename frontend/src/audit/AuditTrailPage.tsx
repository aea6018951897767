import "./audit.css";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../components/EmptyState";
import { ErrorMessage } from "../components/ErrorMessage";
import { Pager } from "../components/Pager";
import { Skeleton } from "../components/Skeleton";
import { formatNumber } from "../i18n/format";
import { AuditFilterForm } from "./AuditFilterForm";
import { AuditTable } from "./AuditTable";
import { AuditTrailDocument } from "./documents";
import { type AuditFilters, parseAuditFilters, toPage, toSearchParams, toWhere } from "./filters";

/** The audit trail the viewer may read (ADMIN all, HR and leaders their scope), filtered from the URL. */
export function AuditTrailPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = parseAuditFilters(params);
  const show = (f: AuditFilters) => setParams(toSearchParams(f));
  const [{ data, error, fetching }] = useQuery({
    query: AuditTrailDocument,
    variables: { where: toWhere(filters), ...toPage(filters) },
    requestPolicy: "cache-and-network",
  });
  const trail = data?.auditEntries;
  const entries = (trail?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <>
      <h1>{t("audit.title")}</h1>
      <p className="subtitle">{t("audit.intro")}</p>
      {/* Remounted when the URL changes, so that the form shows the filters in force. */}
      <AuditFilterForm key={params.toString()} filters={filters} onApply={show} />
      <ErrorMessage error={error} />
      {!trail && fetching && <Skeleton lines={8} />}
      {trail && (
        <p role="status" className="hint">
          {t("audit.count", { count: trail.totalCount, formatted: formatNumber(trail.totalCount) })}
        </p>
      )}
      {trail && entries.length === 0 && <EmptyState title={t("audit.empty")} />}
      {trail && entries.length > 0 && (
        <>
          <AuditTable entries={entries} />
          <Pager
            hasPrevious={trail.pageInfo.hasPreviousPage || Boolean(filters.after)}
            hasNext={trail.pageInfo.hasNextPage || Boolean(filters.before)}
            onFirst={() => show({ ...filters, after: undefined, before: undefined })}
            onPrevious={() =>
              show({ ...filters, after: undefined, before: trail.pageInfo.startCursor ?? undefined })
            }
            onNext={() =>
              show({ ...filters, before: undefined, after: trail.pageInfo.endCursor ?? undefined })
            }
          />
        </>
      )}
    </>
  );
}
