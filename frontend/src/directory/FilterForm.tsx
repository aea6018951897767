import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Permissions } from "../auth/permissions";
import { MultiSelect } from "../components/MultiSelect";
import { useLabels } from "../i18n";
import { positionKinds, predikats, ranks } from "../i18n/labels";
import { UnitPicker } from "../units/UnitPicker";
import type { DirectoryFilters } from "./filters";

type Props = {
  filters: DirectoryFilters;
  can: Permissions;
  unitName?: string;
  /** Path of the viewer's scope unit, if its role has one. */
  scopePath?: string;
  /** The year a talent box filter applies to when the link names none. */
  defaultBoxYear: number;
  onChange: (change: Partial<DirectoryFilters>) => void;
};

const retirementChoices = [1, 2, 3, 5, 10];
const boxes = [9, 8, 7, 6, 5, 4, 3, 2, 1];

/** The year after the default (this year) and four before it, and the year of the link if it is another. */
function recentYears(latest: number, current: number) {
  const years = Array.from({ length: 5 }, (_, i) => latest + 1 - i);
  return years.includes(current) ? years : [...years, current];
}

/** The retirement select's value: within N years from today, or in a calendar year. */
function retirementValue(f: DirectoryFilters) {
  if (f.retireYear) return `year:${f.retireYear}`;
  return f.retireWithin ? `within:${f.retireWithin}` : "";
}

function retirementChange(value: string): Partial<DirectoryFilters> {
  const [how, n] = value.split(":");
  return {
    retireWithin: how === "within" ? Number(n) : undefined,
    retireYear: how === "year" ? Number(n) : undefined,
  };
}

/** The directory's filters; only those the viewer's role may use. Each change applies at once. */
export function FilterForm({ filters, can, unitName, scopePath, defaultBoxYear, onChange }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [q, setQ] = useState(filters.q ?? "");
  useEffect(() => setQ(filters.q ?? ""), [filters.q]);
  const search = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: q.trim() || undefined });
  };
  const boxYear = filters.boxYear ?? defaultBoxYear;
  const thisYear = defaultBoxYear + 1;
  const retirementYears = Array.from({ length: 10 }, (_, i) => thisYear + i);

  return (
    <section className="filters" aria-label={t("filters.title")}>
      {can.searchByName && (
        <search>
          <form className="search" onSubmit={search}>
            <label htmlFor="directory-search">
              {can.searchByNip ? t("filters.searchNameNip") : t("filters.searchName")}
            </label>
            <div className="search-row">
              <input id="directory-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
              <button type="submit" className="button">
                {t("filters.search")}
              </button>
            </div>
          </form>
        </search>
      )}
      <div className="filter-grid">
        <UnitPicker
          within={scopePath}
          selected={Boolean(filters.unit)}
          selectedName={unitName}
          onChange={(unit) => onChange({ unit })}
        />
        <MultiSelect
          label={t("filters.kind")}
          options={positionKinds}
          selected={filters.kinds}
          labelOf={labels.positionKind}
          onChange={(kinds) => onChange({ kinds })}
        />
        {can.filterByRecord && (
          <>
            <MultiSelect
              label={t("filters.rank")}
              options={ranks}
              selected={filters.ranks}
              labelOf={labels.rank}
              onChange={(selected) => onChange({ ranks: selected })}
            />
            <div>
              <MultiSelect
                label={t("filters.predikat")}
                options={predikats}
                selected={filters.predikat}
                labelOf={labels.predikat}
                onChange={(predikat) => onChange({ predikat })}
              />
              {can.filterByYears && filters.predikat.length > 0 && (
                <div className="field">
                  <label htmlFor="filter-predikat-year">{t("filters.predikatYear")}</label>
                  <select
                    id="filter-predikat-year"
                    value={filters.predikatYear ?? ""}
                    onChange={(e) => onChange({ predikatYear: Number(e.target.value) || undefined })}
                  >
                    <option value="">{t("filters.latestPredikat")}</option>
                    {recentYears(defaultBoxYear, filters.predikatYear ?? defaultBoxYear).map((y) => (
                      <option key={y} value={y}>
                        {y}
                      </option>
                    ))}
                  </select>
                </div>
              )}
            </div>
            <div className="field">
              <label htmlFor="filter-retire">{t("filters.retirement")}</label>
              <select
                id="filter-retire"
                value={retirementValue(filters)}
                onChange={(e) => onChange(retirementChange(e.target.value))}
              >
                <option value="">{t("filters.any")}</option>
                <optgroup label={t("filters.retireWithin")}>
                  {retirementChoices.map((n) => (
                    <option key={n} value={`within:${n}`}>
                      {t("filters.withinYears", { count: n })}
                    </option>
                  ))}
                </optgroup>
                <optgroup label={t("filters.retireIn")}>
                  {(filters.retireYear && !retirementYears.includes(filters.retireYear)
                    ? [...retirementYears, filters.retireYear]
                    : retirementYears
                  ).map((y) => (
                    <option key={y} value={`year:${y}`}>
                      {t("filters.inYear", { year: y })}
                    </option>
                  ))}
                </optgroup>
              </select>
            </div>
          </>
        )}
        {can.filterByYears && (
          <div className="field talent-filter">
            <label htmlFor="filter-box">{t("filters.talentBox")}</label>
            <select
              id="filter-box"
              value={filters.box ?? ""}
              onChange={(e) => {
                const box = Number(e.target.value) || undefined;
                onChange({ box, boxYear: box ? boxYear : undefined });
              }}
            >
              <option value="">{t("filters.any")}</option>
              {boxes.map((b) => (
                <option key={b} value={b}>
                  {t("filters.box", { box: b, label: labels.talentBox(b) })}
                </option>
              ))}
            </select>
            {filters.box && (
              <>
                <label htmlFor="filter-box-year">{t("filters.talentBoxYear")}</label>
                <select
                  id="filter-box-year"
                  value={boxYear}
                  onChange={(e) => onChange({ boxYear: Number(e.target.value) })}
                >
                  {recentYears(defaultBoxYear, boxYear).map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
              </>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
