import "../training.css";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { useViewer } from "../../auth/viewer";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Pager } from "../../components/Pager";
import { Skeleton } from "../../components/Skeleton";
import { formatNumber, todayInJakarta } from "../../i18n/format";
import { CatalogueFilterForm } from "./CatalogueFilterForm";
import { TrainingCatalogueDocument } from "./documents";
import {
  type CatalogueFilters,
  parseFilters,
  type SortKey,
  sortKeys,
  toOrderBy,
  toPage,
  toSearchParams,
  toWhere,
  withChange,
} from "./filters";
import { TrainingCard } from "./TrainingCard";

/** The training catalogue: filters in the URL, a page of trainings, enrol or nominate on each. */
export function CataloguePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const sortId = useId();
  const [params, setParams] = useSearchParams();
  const filters = parseFilters(params);
  // What was just done: above the list, which may drop the training once its last seat is taken.
  const [done, setDone] = useState<string>();
  const show = (f: CatalogueFilters) => setParams(toSearchParams(f));
  const [{ data, error, fetching }] = useQuery({
    query: TrainingCatalogueDocument,
    variables: {
      where: toWhere(filters, todayInJakarta()),
      orderBy: toOrderBy(filters.sort),
      ...toPage(filters),
      me: viewer.employee?.id ?? "",
      withMine: Boolean(viewer.employee),
    },
  });
  const connection = data?.trainings;
  const trainings = (connection?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const page = connection?.pageInfo;

  return (
    <>
      <h1>{t("training.catalogue.title")}</h1>
      <p className="subtitle">{t("training.catalogue.intro")}</p>
      <CatalogueFilterForm
        key={filters.competency ?? ""}
        filters={filters}
        onChange={(change) => show(withChange(filters, change))}
      />
      <div className="list-tools">
        <p className="result-count" aria-live="polite">
          {connection &&
            t("training.catalogue.count", {
              count: connection.totalCount,
              formatted: formatNumber(connection.totalCount),
            })}
        </p>
        <label className="inline-field" htmlFor={sortId}>
          {t("training.catalogue.sort")}
          <select
            id={sortId}
            value={filters.sort}
            onChange={(e) => show(withChange(filters, { sort: e.target.value as SortKey }))}
          >
            {sortKeys.map((k) => (
              <option key={k} value={k}>
                {t(`training.catalogue.sorts.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" className="enrol-done">
        {done}
      </p>
      <ErrorMessage error={error} />
      {fetching && !data ? (
        <Skeleton lines={8} />
      ) : trainings.length === 0 ? (
        !error && (
          <EmptyState title={t("training.catalogue.empty")}>
            <Link to="/pelatihan">{t("directory.clearFilters")}</Link>
          </EmptyState>
        )
      ) : (
        <ul className="training-list">
          {trainings.map((tr) => (
            <TrainingCard key={tr.id} training={tr} onDone={setDone} />
          ))}
        </ul>
      )}
      {page && (page.hasPreviousPage || page.hasNextPage) && (
        <Pager
          hasPrevious={page.hasPreviousPage}
          hasNext={page.hasNextPage}
          onFirst={() => show(withChange(filters, {}))}
          onPrevious={() => show({ ...filters, after: undefined, before: page.startCursor ?? undefined })}
          onNext={() => show({ ...filters, before: undefined, after: page.endCursor ?? undefined })}
        />
      )}
    </>
  );
}
