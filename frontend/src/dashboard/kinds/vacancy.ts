import { cell, type Dataset } from "../dataset";
import { VacancyDocument } from "../documents";
import { defineKind } from "./kind";

/** How many of the latest vacancies a stacked bar or table shows: more would not be readable. */
const shownVacancies = 10;

/**
 * Applications by status: of every vacancy of the scope (bar, pie), or of the latest vacancies with
 * applications one by one (stacked bar, table). Applicants are not a directory filter: no drill-down.
 */
export const vacancy = defineKind({
  document: VacancyDocument,
  variables: (s) => ({ unitID: s.unitID }),
  dataset: ({ vacancyFunnel: f }, { chart, t }): Dataset => {
    const statuses = f.total.byStatus;
    if (chart === "BAR" || chart === "PIE") {
      return {
        categoryLabel: t("dashboard.series.status"),
        categories: statuses.map((s) => ({ key: s.status, label: s.label })),
        series: [
          {
            key: "count",
            label: t("dashboard.series.applications"),
            cells: statuses.map((s) => cell(s.count)),
          },
        ],
        notes: [],
      };
    }
    const vacancies = f.vacancies.filter((v) => v.funnel.applications.value !== 0).slice(0, shownVacancies);
    return {
      categoryLabel: t("dashboard.series.vacancy"),
      categories: vacancies.map((v) => ({ key: v.vacancy.id, label: v.vacancy.title })),
      series: statuses.map((s) => ({
        key: s.status,
        label: s.label,
        cells: vacancies.map((v) => {
          const own = v.funnel.byStatus.find((x) => x.status === s.status);
          return own ? cell(own.count) : { value: 0, display: "0" };
        }),
      })),
      notes: [],
    };
  },
});
