import "./directory.css";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { useViewer } from "../auth/viewer";
import { EmptyState } from "../components/EmptyState";
import { ErrorMessage } from "../components/ErrorMessage";
import { Pager } from "../components/Pager";
import { Skeleton } from "../components/Skeleton";
import { formatNumber, todayInJakarta } from "../i18n/format";
import { UnitDocument } from "../units/documents";
import { DirectoryDocument } from "./documents";
import { EmployeeTable } from "./EmployeeTable";
import { FilterForm } from "./FilterForm";
import {
  type DirectoryFilters,
  effectiveSort,
  pageSizes,
  parseFilters,
  type SortKey,
  sortOptions,
  toOrderBy,
  toPage,
  toSearchParams,
  toWhere,
  withChange,
} from "./filters";

/** The employee directory: filters, order and page all in the URL, answered by the server. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const { can, scopeUnit } = useViewer();
  const [params, setParams] = useSearchParams();
  const filters = parseFilters(params);
  const show = (f: DirectoryFilters) => setParams(toSearchParams(f));
  const change = (c: Partial<DirectoryFilters>) => show(withChange(filters, c));

  const [unitResult] = useQuery({
    query: UnitDocument,
    variables: { id: filters.unit ?? "" },
    pause: !filters.unit,
  });
  const unit = unitResult.data?.node?.__typename === "OrgUnit" ? unitResult.data.node : undefined;
  const unitMissing = Boolean(filters.unit) && !unit;
  const unitNotFound = unitMissing && !unitResult.fetching && Boolean(unitResult.data || unitResult.error);

  const today = todayInJakarta();
  const sort = effectiveSort(filters, can);
  const [{ data, error, fetching }] = useQuery({
    query: DirectoryDocument,
    variables: {
      where: toWhere(filters, { can, unitPath: unit?.path ?? undefined, today }),
      orderBy: toOrderBy(sort),
      ...toPage(filters),
      // An employee reads only their own NIP: not worth asking for in the list.
      withPersonal: can.personalFields && can.recordFields,
      withName: can.names,
      withRecord: can.recordFields,
    },
    // Without the unit's path the list would not be limited to it: wait for it.
    pause: unitMissing,
  });
  const employees = data?.employees;
  const rows = (employees?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

  return (
    <>
      <h1>{t("directory.title")}</h1>
      <FilterForm
        filters={filters}
        can={can}
        unitName={unit?.name}
        scopePath={scopeUnit?.path ?? undefined}
        defaultBoxYear={Number(today.slice(0, 4)) - 1}
        onChange={change}
      />
      <div className="list-tools">
        <p className="result-count" aria-live="polite">
          {employees
            ? t("directory.count", {
                count: employees.totalCount,
                formatted: formatNumber(employees.totalCount),
              })
            : ""}
        </p>
        <label className="inline-field">
          {t("directory.sort")}
          <select value={sort} onChange={(e) => change({ sort: e.target.value as SortKey })}>
            {sortOptions(can).map((k) => (
              <option key={k} value={k}>
                {t(`directory.sorts.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          {t("directory.pageSize")}
          <select
            value={filters.size}
            onChange={(e) => change({ size: Number(e.target.value) as DirectoryFilters["size"] })}
          >
            {pageSizes.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorMessage error={error ?? unitResult.error} />
      {!employees && (fetching || unitResult.fetching) && <Skeleton lines={8} />}
      {unitNotFound && (
        <EmptyState title={t("directory.unitNotFound")}>
          <Link to="/pegawai">{t("directory.clearFilters")}</Link>
        </EmptyState>
      )}
      {employees && rows.length === 0 && (
        <EmptyState title={t("directory.empty")}>
          <Link to="/pegawai">{t("directory.clearFilters")}</Link>
        </EmptyState>
      )}
      {rows.length > 0 && employees && (
        <>
          <EmployeeTable rows={rows} can={can} />
          <Pager
            hasPrevious={employees.pageInfo.hasPreviousPage}
            hasNext={employees.pageInfo.hasNextPage}
            onFirst={() => show(withChange(filters, {}))}
            onPrevious={() =>
              show({ ...filters, after: undefined, before: employees.pageInfo.startCursor ?? undefined })
            }
            onNext={() =>
              show({ ...filters, before: undefined, after: employees.pageInfo.endCursor ?? undefined })
            }
          />
        </>
      )}
    </>
  );
}
