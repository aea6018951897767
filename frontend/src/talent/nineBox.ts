import type { TFunction } from "i18next";
import type { Dataset } from "../dashboard/dataset";
import { cell } from "../dashboard/dataset";
import type { TalentWidgetQuery } from "../gql/graphql";

/** The talent matrix as the dashboard's 9-box draws it: one category per box, with its count. */
export function nineBoxDataset(m: TalentWidgetQuery["talentMatrix"], t: TFunction): Dataset {
  return {
    categoryLabel: t("dashboard.series.box"),
    categories: m.cells.map((c) => ({ key: String(c.box), label: c.label })),
    series: [
      { key: "count", label: t("dashboard.series.employees"), cells: m.cells.map((c) => cell(c.count)) },
    ],
    notes: [],
  };
}
