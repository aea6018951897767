import { useTranslation } from "react-i18next";
import { UnitPicker } from "../units/UnitPicker";
import { useUnit } from "../units/useUnit";
import type { DashboardFilters } from "./model";

type Props = {
  filters: DashboardFilters;
  thisYear: number;
  scopePath?: string;
  onChange: (f: DashboardFilters) => void;
};

/** The dashboard's unit and year, which every widget without its own follows. */
export function FilterBar({ filters, thisYear, scopePath, onChange }: Props) {
  const { t } = useTranslation();
  const unit = useUnit(filters.unit);
  const years = Array.from({ length: 7 }, (_, i) => thisYear + 1 - i);
  return (
    <section className="filters dashboard-filters" aria-label={t("dashboard.filters")}>
      <UnitPicker
        within={scopePath}
        selected={Boolean(filters.unit)}
        selectedName={unit?.name}
        onChange={(u) => onChange({ ...filters, unit: u })}
      />
      <div className="field">
        <label htmlFor="dashboard-year">{t("dashboard.settings.year")}</label>
        <select
          id="dashboard-year"
          value={filters.year ?? ""}
          onChange={(e) => onChange({ ...filters, year: Number(e.target.value) || undefined })}
        >
          <option value="">{t("dashboard.latestYear")}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
