import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { useViewer } from "../../auth/viewer";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Pager } from "../../components/Pager";
import { Skeleton } from "../../components/Skeleton";
import type { VacancyStatus, VacancyWhereInput } from "../../gql/graphql";
import { formatDate } from "../../i18n/format";
import { useVacancyLabels, vacancyStatuses } from "../labels";
import { ManagedVacanciesDocument } from "./documents";
import { StatusActions } from "./StatusActions";
import "../vacancies.css";

const pageSize = 20;

/** /lowongan/kelola: HR's vacancies in every status, with the steps each one may take next. */
export function ManagePage() {
  const { t } = useTranslation();
  const labels = useVacancyLabels();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const [done, setDone] = useState("");
  const raw = params.get("status") as VacancyStatus | null;
  const status = raw && vacancyStatuses.includes(raw) ? raw : null;
  const after = params.get("after");
  const before = params.get("before");
  const scope = viewer.scopeUnit?.path;
  const where: VacancyWhereInput = {
    ...(status && { status }),
    ...(scope && { hasPositionWith: [{ hasUnitWith: [{ pathHasPrefix: scope }] }] }),
  };
  const page = before ? { last: pageSize, before } : { first: pageSize, after };
  const [{ data, error, fetching }] = useQuery({
    query: ManagedVacanciesDocument,
    variables: { where, ...page },
    requestPolicy: "cache-and-network",
  });
  const go = (next: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p, { replace: true });
  };
  const connection = data?.vacancies;
  const vacancies = connection?.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  return (
    <>
      <h1>{t("vacancy.manage.title")}</h1>
      <p>
        <Link to="/lowongan/kelola/baru" className="button">
          {t("vacancy.manage.new")}
        </Link>
      </p>
      <form className="board-filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t("vacancy.manage.status")}
          <select
            value={status ?? ""}
            onChange={(e) => go({ status: e.target.value, after: null, before: null })}
          >
            <option value="">{t("vacancy.board.all")}</option>
            {vacancyStatuses.map((s) => (
              <option key={s} value={s}>
                {labels.status(s)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {done && (
        <p role="status" className="notice">
          {done}
        </p>
      )}
      <ErrorMessage error={error} />
      {fetching && !data && <Skeleton lines={6} />}
      {connection && <p role="status">{t("vacancy.manage.count", { count: connection.totalCount })}</p>}
      {connection && vacancies.length === 0 && <EmptyState title={t("vacancy.manage.none")} />}
      <ul className="managed-vacancies">
        {vacancies.map((v) => (
          <li key={v.id} className="vacancy-card">
            <h2>
              <Link to={`/lowongan/${v.id}`}>{v.title}</Link>
            </h2>
            <p className="vacancy-kind">
              {labels.kind(v.kind)} ·{" "}
              <span className={`status status-${v.status.toLowerCase()}`}>{labels.status(v.status)}</span>
            </p>
            <p>
              {v.position ? `${v.position.title} — ${v.position.unit.name}` : "—"} ·{" "}
              {t("vacancy.facts.period", { from: formatDate(v.opensOn), to: formatDate(v.closesOn) })} ·{" "}
              {t("vacancy.manage.applications", { count: v.applications.totalCount })}
            </p>
            <StatusActions vacancy={v} onDone={setDone} />
          </li>
        ))}
      </ul>
      {connection && (
        <Pager
          hasPrevious={connection.pageInfo.hasPreviousPage}
          hasNext={connection.pageInfo.hasNextPage}
          onFirst={() => go({ after: null, before: null })}
          onPrevious={() => go({ before: connection.pageInfo.startCursor ?? null, after: null })}
          onNext={() => go({ after: connection.pageInfo.endCursor ?? null, before: null })}
        />
      )}
    </>
  );
}
