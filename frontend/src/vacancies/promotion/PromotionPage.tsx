import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Pager } from "../../components/Pager";
import { Skeleton } from "../../components/Skeleton";
import type { DueEmployeeFragment } from "../../gql/graphql";
import { useLabels } from "../../i18n";
import { dash, formatDate } from "../../i18n/format";
import { PromotionDueDocument, PromotionWindowsDocument } from "./documents";
import { RecordPromotionForm } from "./RecordPromotionForm";
import { minYearsInRank, ruleMet } from "./rule";
import "../vacancies.css";

const pageSize = 25;

/** /kenaikan-pangkat: a year's promotion windows, who is due in one, and recording a promotion. */
export function PromotionPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get("tahun")) || new Date().getFullYear();
  const windowID = params.get("periode");
  const [{ data, error, fetching }] = useQuery({ query: PromotionWindowsDocument, variables: { year } });
  const set = (next: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p, { replace: true });
  };
  const windows = data?.promotionPipeline.windows ?? [];
  const chosen = windows.find((w) => w.window.id === windowID)?.window;
  return (
    <>
      <h1>{t("vacancy.promotion.title")}</h1>
      <p>{t("vacancy.promotion.intro", { years: minYearsInRank })}</p>
      <form className="board-filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t("vacancy.promotion.year")}
          <input
            type="number"
            min={2000}
            max={2100}
            value={year}
            onChange={(e) => set({ tahun: e.target.value, periode: null, after: null, before: null })}
          />
        </label>
      </form>
      <ErrorMessage error={error} />
      {fetching && !data && <Skeleton lines={4} />}
      {data && windows.length === 0 && <EmptyState title={t("vacancy.promotion.noWindows", { year })} />}
      {windows.length > 0 && (
        <table className="data-table promotion-windows">
          <caption>{t("vacancy.promotion.windows", { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("vacancy.promotion.window")}</th>
              <th scope="col">{t("vacancy.promotion.effectiveOn")}</th>
              <th scope="col">{t("vacancy.promotion.due")}</th>
              <th scope="col">{t("vacancy.promotion.newlyDue")}</th>
            </tr>
          </thead>
          <tbody>
            {windows.map((w) => (
              <tr key={w.window.id} aria-current={w.window.id === windowID || undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link"
                    onClick={() => set({ periode: w.window.id, after: null, before: null })}
                  >
                    {w.window.name}
                  </button>
                </th>
                <td>{formatDate(w.window.effectiveOn)}</td>
                <td>{w.due.display}</td>
                <td>{w.newlyDue.display}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {chosen && (
        <DueList
          key={chosen.id}
          windowID={chosen.id}
          windowName={chosen.name}
          effectiveOn={chosen.effectiveOn}
          after={params.get("after")}
          before={params.get("before")}
          onPage={(page) => set(page)}
        />
      )}
    </>
  );
}

type DueListProps = {
  windowID: string;
  windowName: string;
  effectiveOn: string;
  after: string | null;
  before: string | null;
  onPage: (page: { after: string | null; before: string | null }) => void;
};

function DueList({ windowID, windowName, effectiveOn, after, before, onPage }: DueListProps) {
  const { t } = useTranslation();
  const page = before ? { last: pageSize, before } : { first: pageSize, after };
  const [{ data, error, fetching }] = useQuery({
    query: PromotionDueDocument,
    variables: { windowID, ...page },
    requestPolicy: "cache-and-network",
  });
  const [recorded, setRecorded] = useState("");
  const connection = data?.promotionDue;
  const due = connection?.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  return (
    <section aria-labelledby="due-title">
      <h2 id="due-title">{t("vacancy.promotion.dueTitle", { window: windowName })}</h2>
      {recorded && (
        <p role="status" className="notice">
          {recorded}
        </p>
      )}
      <ErrorMessage error={error} />
      {fetching && !data && <Skeleton lines={6} />}
      {connection && <p role="status">{t("vacancy.promotion.dueCount", { count: connection.totalCount })}</p>}
      {connection && due.length === 0 && <EmptyState title={t("vacancy.promotion.noneDue")} />}
      <ul className="due-list">
        {due.map((e) => (
          <DueRow key={e.id} employee={e} effectiveOn={effectiveOn} onRecorded={setRecorded} />
        ))}
      </ul>
      {connection && (
        <Pager
          hasPrevious={connection.pageInfo.hasPreviousPage}
          hasNext={connection.pageInfo.hasNextPage}
          onFirst={() => onPage({ after: null, before: null })}
          onPrevious={() => onPage({ before: connection.pageInfo.startCursor ?? null, after: null })}
          onNext={() => onPage({ after: connection.pageInfo.endCursor ?? null, before: null })}
        />
      )}
    </section>
  );
}

/** One person due, with the rule they meet beside them, and the form that records the promotion. */
type DueRowProps = {
  employee: DueEmployeeFragment;
  effectiveOn: string;
  onRecorded: (message: string) => void;
};

function DueRow({ employee: e, effectiveOn, onRecorded }: DueRowProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [recording, setRecording] = useState(false);
  const met = ruleMet(e, effectiveOn);
  return (
    <li className="due">
      <h3>
        <Link to={`/pegawai/${e.id}`}>{e.name ?? dash}</Link>
      </h3>
      <p>
        {e.position?.title ?? dash} · {e.unit.name}
      </p>
      <ul className="rule-met">
        <li>
          {t("vacancy.promotion.ruleRank", {
            rank: met.rank ? labels.rank(met.rank) : dash,
            since: met.rankSince ? formatDate(met.rankSince) : dash,
            years: e.yearsInRank ?? dash,
            min: minYearsInRank,
          })}
        </li>
        {met.predikat.map((p) => (
          <li key={p.year}>
            {t("vacancy.promotion.rulePredikat", {
              year: p.year,
              predikat: p.predikat ? labels.predikat(p.predikat) : dash,
            })}
          </li>
        ))}
      </ul>
      {!recording && (
        <button type="button" onClick={() => setRecording(true)}>
          {t("vacancy.promotion.record")}
        </button>
      )}
      {recording && (
        <RecordPromotionForm
          employee={e}
          effectiveOn={effectiveOn}
          onClose={() => setRecording(false)}
          onRecorded={onRecorded}
        />
      )}
    </li>
  );
}
