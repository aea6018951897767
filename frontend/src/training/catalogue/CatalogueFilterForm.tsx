import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TrainingKind } from "../../gql/graphql";
import { useLabels } from "../../i18n";
import { todayInJakarta } from "../../i18n/format";
import { trainingKinds } from "../../i18n/labels";
import type { CatalogueFilters } from "./filters";
import { formatMonth, monthOptions } from "./months";

type Props = {
  filters: CatalogueFilters;
  onChange: (change: Partial<CatalogueFilters>) => void;
};

/** The catalogue's filters: a choice applies at once, the competency when searched for. */
export function CatalogueFilterForm({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const id = useId();
  const [competency, setCompetency] = useState(filters.competency ?? "");
  const search = (e: FormEvent) => {
    e.preventDefault();
    onChange({ competency: competency.trim() || undefined });
  };
  return (
    <search>
      <form className="training-filters" onSubmit={search}>
        <div className="filter-grid">
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t("training.filters.kind")}</label>
            <select
              id={`${id}-kind`}
              value={filters.kind ?? ""}
              onChange={(e) => onChange({ kind: (e.target.value || undefined) as TrainingKind | undefined })}
            >
              <option value="">{t("filters.any")}</option>
              {trainingKinds.map((k) => (
                <option key={k} value={k}>
                  {labels.trainingKind(k)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-month`}>{t("training.filters.month")}</label>
            <select
              id={`${id}-month`}
              value={filters.month ?? ""}
              onChange={(e) => onChange({ month: e.target.value || undefined })}
            >
              <option value="">{t("training.filters.fromToday")}</option>
              {monthOptions(todayInJakarta(), filters.month).map((m) => (
                <option key={m} value={m}>
                  {formatMonth(m)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-competency`}>{t("training.filters.competency")}</label>
            <div className="search-row">
              <input
                className="competency-input"
                id={`${id}-competency`}
                type="search"
                value={competency}
                onChange={(e) => setCompetency(e.target.value)}
              />
              <button type="submit" className="button-secondary">
                {t("filters.search")}
              </button>
            </div>
          </div>
          <label className="checkbox training-seats-filter" htmlFor={`${id}-seats`}>
            <input
              id={`${id}-seats`}
              type="checkbox"
              checked={filters.seats}
              onChange={(e) => onChange({ seats: e.target.checked })}
            />
            {t("training.filters.seats")}
          </label>
        </div>
      </form>
    </search>
  );
}
