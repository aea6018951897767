import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../components/EmptyState";
import { ErrorMessage } from "../components/ErrorMessage";
import { Skeleton } from "../components/Skeleton";
import { Announcements } from "./Announcements";
import { BoardDocument } from "./documents";
import { boardWhere, readFilters } from "./filters";
import { useVacancyLabels, vacancyKinds } from "./labels";
import { VacancyCard } from "./VacancyCard";
import "./vacancies.css";

/** The public board at /lowongan: open vacancies, filtered by kind and instansi, and the latest results. */
export function BoardPage() {
  const { t } = useTranslation();
  const labels = useVacancyLabels();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const [{ data, error, fetching }] = useQuery({
    query: BoardDocument,
    variables: { where: boardWhere(filters) },
  });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const vacancies = data?.vacancies.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  return (
    <>
      <h1>{t("vacancy.board.title")}</h1>
      <p>{t("vacancy.board.intro")}</p>
      <form className="board-filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t("vacancy.board.kind")}
          <select value={filters.kind ?? ""} onChange={(e) => set("kind", e.target.value)}>
            <option value="">{t("vacancy.board.all")}</option>
            {vacancyKinds.map((k) => (
              <option key={k} value={k}>
                {labels.kind(k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("vacancy.board.unit")}
          <select value={filters.unit ?? ""} onChange={(e) => set("unit", e.target.value)}>
            <option value="">{t("vacancy.board.all")}</option>
            {data?.orgUnits.edges?.map(
              (e) =>
                e?.node && (
                  <option key={e.node.id} value={e.node.id}>
                    {e.node.name}
                  </option>
                ),
            )}
          </select>
        </label>
      </form>
      <ErrorMessage error={error} />
      {fetching && !data && <Skeleton lines={6} />}
      {data && <p role="status">{t("vacancy.board.count", { count: data.vacancies.totalCount })}</p>}
      {data && vacancies.length === 0 && <EmptyState title={t("vacancy.board.none")} />}
      <div className="vacancy-list">
        {vacancies.map((v) => (
          <VacancyCard key={v.id} vacancy={v} />
        ))}
      </div>
      <Announcements />
    </>
  );
}
