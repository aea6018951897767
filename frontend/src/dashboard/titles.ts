import type { TFunction } from "i18next";
import type { EffectiveSettings, Widget } from "./model";

/** A widget's heading: its own title, else one made from its kind and settings in the viewer's language. */
export function widgetTitle(w: Widget, s: EffectiveSettings, t: TFunction): string {
  if (w.title) return w.title;
  return t(`dashboard.titles.${w.kind}`, {
    year: s.year,
    to: s.year + s.years - 1,
    by: s.dimensions.map((d) => t(`dashboard.by.${d}`)).join(t("dashboard.and")),
  });
}
