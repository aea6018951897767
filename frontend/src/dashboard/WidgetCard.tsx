import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { createRequest, useQuery } from "urql";
import { EmptyState } from "../components/EmptyState";
import { ErrorMessage } from "../components/ErrorMessage";
import { Skeleton } from "../components/Skeleton";
import type { Dimension } from "../gql/graphql";
import { useUnit } from "../units/useUnit";
import { downloadCsv } from "./csv";
import { type Dataset, isEmpty } from "./dataset";
import { kinds } from "./kinds";
import { LayoutButtons } from "./LayoutButtons";
import type { Direction, Resize } from "./layout";
import { type DashboardFilters, effectiveSettings, type Widget } from "./model";
import { widgetTitle } from "./titles";
import { WidgetBody } from "./WidgetBody";
import { WidgetSettingsForm } from "./WidgetSettingsForm";

type Props = {
  widget: Widget;
  filters: DashboardFilters;
  thisYear: number;
  /** The owner is changing the dashboard: settings and layout controls are shown. */
  editing: boolean;
  /** Path of the viewer's scope, for the unit picker. */
  scopePath?: string;
  onChange: (w: Widget) => void;
  onMove: (d: Direction) => void;
  onResize: (r: Resize) => void;
  onRemove: () => void;
};

/**
 * One widget: its query, drawn as chart or table, with CSV export. data-state on the element says
 * where it is — loading, error, empty, or ready once the data is drawn — for tests and screenshots.
 */
export function WidgetCard({ widget, filters, thisYear, editing, scopePath, onChange, ...layout }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [drawn, setDrawn] = useState<Dataset>();
  const kind = kinds[widget.kind];
  const { unitID, year, dimensions, period, years } = effectiveSettings(widget, filters, thisYear);
  // One object per distinct query, so that the dataset is made again only when the answer can differ.
  const by = dimensions.join();
  const settings = useMemo(
    () => ({ unitID, year, dimensions: by.split(",") as Dimension[], period, years }),
    [unitID, year, by, period, years],
  );
  const variables = useMemo(() => kind.variables(settings), [kind, settings]);
  const request = useMemo(() => createRequest(kind.document, variables), [kind, variables]);
  const [{ data, error, fetching, operation }] = useQuery({ query: kind.document, variables });
  // urql keeps showing the last answer while it asks again: only the answer to this very request may
  // be read with these settings (a second dimension would not be in the old groups).
  const fresh = operation?.key === request.key;
  const dataset = useMemo(
    () => (data && fresh ? kind.dataset(data, { settings, chart: widget.chart, t }) : undefined),
    [data, fresh, kind, settings, widget.chart, t],
  );
  const ownUnit = useUnit(widget.settings.unitID);
  const title = widgetTitle(widget, settings, t);

  let state: "loading" | "error" | "empty" | "ready" = "loading";
  if (error && fresh && !data) state = "error";
  else if (dataset && !fetching) state = isEmpty(dataset) ? "empty" : drawn === dataset ? "ready" : "loading";

  return (
    <article
      className="widget"
      data-state={state}
      aria-labelledby={headingId}
      aria-busy={state === "loading"}
    >
      <header className="widget-header">
        <div className="widget-heading widget-drag">
          <h2 id={headingId}>{title}</h2>
          {ownUnit && <p className="widget-unit">{ownUnit.name}</p>}
        </div>
        <div className="widget-tools">
          <button
            type="button"
            className="icon-button"
            disabled={!dataset || state === "empty"}
            onClick={() => dataset && downloadCsv(dataset, title)}
            aria-label={t("dashboard.widget.csvFor", { title })}
            title={t("dashboard.widget.csv")}
          >
            CSV
          </button>
          {editing && (
            <button
              type="button"
              className="icon-button"
              aria-expanded={settingsOpen}
              aria-label={t("dashboard.widget.settingsFor", { title })}
              title={t("dashboard.widget.settings")}
              onClick={() => setSettingsOpen((open) => !open)}
            >
              <span aria-hidden="true">⚙</span>
            </button>
          )}
        </div>
      </header>
      {editing && settingsOpen && (
        <WidgetSettingsForm widget={widget} thisYear={thisYear} scopePath={scopePath} onChange={onChange} />
      )}
      <div className="widget-body">
        {state === "error" && <ErrorMessage error={error} />}
        {state === "empty" && <EmptyState title={t("dashboard.widget.empty")} />}
        {!dataset && state === "loading" && <Skeleton lines={4} />}
        {dataset && state !== "empty" && (
          <WidgetBody
            kind={widget.kind}
            chart={widget.chart}
            dataset={dataset}
            label={title}
            onDrawn={setDrawn}
          />
        )}
      </div>
      {dataset && dataset.notes.length > 0 && state !== "empty" && (
        <ul className="widget-notes">
          {dataset.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {editing && <LayoutButtons title={title} {...layout} />}
    </article>
  );
}
