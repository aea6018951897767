import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { ChartType, Dimension, WidgetKind } from "../gql/graphql";
import { UnitPicker } from "../units/UnitPicker";
import { useUnit } from "../units/useUnit";
import { chartTypes, dimensions, settingsOf, type Widget, widgetKinds, withKind } from "./model";

type Props = {
  widget: Widget;
  thisYear: number;
  scopePath?: string;
  onChange: (w: Widget) => void;
};

/** The years offered: next year back to six years ago. */
const yearsAround = (thisYear: number) => Array.from({ length: 7 }, (_, i) => thisYear + 1 - i);

/** A widget's own settings; each change applies at once. A unit or year left empty follows the dashboard. */
export function WidgetSettingsForm({ widget, thisYear, scopePath, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const takes = settingsOf[widget.kind];
  const unit = useUnit(widget.settings.unitID);
  const set = (settings: Partial<Widget["settings"]>) =>
    onChange({ ...widget, title: "", settings: { ...widget.settings, ...settings } });
  const [first = "UNIT", second] = widget.settings.dimensions;

  return (
    <fieldset className="widget-settings">
      <legend className="visually-hidden">{t("dashboard.widget.settings")}</legend>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t("dashboard.settings.kind")}</label>
        <select
          id={`${id}-kind`}
          value={widget.kind}
          onChange={(e) => onChange(withKind(widget, e.target.value as WidgetKind))}
        >
          {widgetKinds.map((k) => (
            <option key={k} value={k}>
              {t(`dashboard.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {takes.dimensions && (
        <>
          <div className="field">
            <label htmlFor={`${id}-by`}>{t("dashboard.settings.dimension")}</label>
            <select
              id={`${id}-by`}
              value={first}
              onChange={(e) => {
                const d = e.target.value as Dimension;
                set({ dimensions: second && second !== d ? [d, second] : [d] });
              }}
            >
              {dimensions.map((d) => (
                <option key={d} value={d}>
                  {t(`dashboard.dimensions.${d}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-then`}>{t("dashboard.settings.secondDimension")}</label>
            <select
              id={`${id}-then`}
              value={second ?? ""}
              onChange={(e) =>
                set({ dimensions: e.target.value ? [first, e.target.value as Dimension] : [first] })
              }
            >
              <option value="">{t("dashboard.settings.none")}</option>
              {dimensions
                .filter((d) => d !== first)
                .map((d) => (
                  <option key={d} value={d}>
                    {t(`dashboard.dimensions.${d}`)}
                  </option>
                ))}
            </select>
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor={`${id}-chart`}>{t("dashboard.settings.chart")}</label>
        <select
          id={`${id}-chart`}
          value={widget.chart}
          onChange={(e) => onChange({ ...widget, chart: e.target.value as ChartType })}
        >
          {chartTypes.map((c) => (
            <option key={c} value={c}>
              {t(`dashboard.charts.${c}`)}
            </option>
          ))}
        </select>
      </div>
      {takes.year && (
        <div className="field">
          <label htmlFor={`${id}-year`}>{t("dashboard.settings.year")}</label>
          <select
            id={`${id}-year`}
            value={widget.settings.year ?? ""}
            onChange={(e) => set({ year: Number(e.target.value) || undefined })}
          >
            <option value="">{t("dashboard.settings.followDashboard")}</option>
            {yearsAround(thisYear).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      )}
      <UnitPicker
        label={t("dashboard.settings.unit")}
        within={scopePath}
        selected={Boolean(widget.settings.unitID)}
        selectedName={unit?.name}
        onChange={(unitID) => set({ unitID })}
      />
      {!widget.settings.unitID && <p className="hint">{t("dashboard.settings.unitFollows")}</p>}
    </fieldset>
  );
}
