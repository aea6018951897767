import type {
  ChartType,
  DashboardFieldsFragment,
  Dimension,
  EvaluationPeriod,
  SaveDashboardInput,
  WidgetFieldsFragment,
  WidgetKind,
} from "../gql/graphql";

// The saved shape of a dashboard, as the screen edits it, and its way to and from the API
// (Dashboard, DashboardTemplate, saveDashboard). Nothing else in the screen knows the API's shape.

export const widgetKinds: WidgetKind[] = [
  "HEADCOUNT",
  "PERFORMANCE",
  "TRAINING_COMPLIANCE",
  "TALENT_MATRIX",
  "RETIREMENT_FORECAST",
  "VACANCY_FUNNEL",
  "PROMOTION_PIPELINE",
];

export const chartTypes: ChartType[] = ["BAR", "STACKED_BAR", "PIE", "TABLE"];

export const dimensions: Dimension[] = [
  "UNIT",
  "RANK",
  "RANK_GROUP",
  "POSITION_KIND",
  "EDUCATION",
  "GENDER",
  "AGE_BAND",
  "EMPLOYMENT_TYPE",
];

/** A widget's own settings; a missing unit or year follows the dashboard's filter. */
export type WidgetSettings = {
  /** HEADCOUNT: one or two dimensions, in order. */
  dimensions: Dimension[];
  unitID?: string;
  year?: number;
  /** PERFORMANCE: kept as saved (ANNUAL when missing); the screen does not change it. */
  period?: EvaluationPeriod;
  /** RETIREMENT_FORECAST: kept as saved (5 when missing); the screen does not change it. */
  years?: number;
};

export type Widget = {
  /** The grid layout's key; unique within the dashboard. */
  id: string;
  kind: WidgetKind;
  chart: ChartType;
  /** Empty: the screen labels the widget from its kind and settings, in the viewer's language. */
  title: string;
  /** Place on the 12-column grid, in columns and rows. */
  x: number;
  y: number;
  w: number;
  h: number;
  settings: WidgetSettings;
};

export type Dashboard = {
  /** Missing until saved: the role's default dashboard, or a new one. */
  id?: string;
  name: string;
  widgets: Widget[];
  /** The viewer owns it and may change, share and delete it; else it was shared with the viewer to read. */
  mine: boolean;
  ownerName?: string;
  sharedWith?: { id: string; name: string };
};

/** Which settings each kind's query takes (the API refuses the others). */
export const settingsOf: Record<WidgetKind, { dimensions?: true; year?: true; period?: true; years?: true }> =
  {
    HEADCOUNT: { dimensions: true },
    PERFORMANCE: { year: true, period: true },
    TRAINING_COMPLIANCE: { year: true },
    TALENT_MATRIX: { year: true },
    RETIREMENT_FORECAST: { year: true, years: true },
    VACANCY_FUNNEL: {},
    PROMOTION_PIPELINE: { year: true },
  };

/** The grid: 12 columns; widgets no smaller than a readable chart. */
export const gridColumns = 12;
export const minSize = { w: 3, h: 3 };
export const maxHeight = 24;

function widgetFrom(w: WidgetFieldsFragment): Widget {
  const s = w.settings;
  return {
    id: w.id,
    kind: w.kind,
    chart: w.chart,
    title: w.title,
    x: w.x,
    y: w.y,
    w: w.w,
    h: w.h,
    settings: {
      dimensions: s.dimensions,
      unitID: s.unitID ?? undefined,
      year: s.year ?? undefined,
      period: s.period ?? undefined,
      years: s.years ?? undefined,
    },
  };
}

/** A saved dashboard from the API. */
export function fromSaved(d: DashboardFieldsFragment): Dashboard {
  return {
    id: d.id,
    name: d.name,
    widgets: d.widgets.map(widgetFrom),
    mine: d.mine,
    ownerName: d.ownerName,
    sharedWith: d.sharedWith ?? undefined,
  };
}

/** The role's default dashboard (API: defaultDashboard), unsaved and the viewer's to change. */
export function fromTemplate(t: { name: string; widgets: WidgetFieldsFragment[] }): Dashboard {
  return { name: t.name, widgets: t.widgets.map(widgetFrom), mine: true };
}

/** The saveDashboard input: each widget with only the settings its kind takes. */
export function toSaveInput(d: Dashboard): SaveDashboardInput {
  return {
    id: d.id ?? null,
    name: d.name.trim(),
    widgets: d.widgets.map((w) => {
      const takes = settingsOf[w.kind];
      const s = w.settings;
      return {
        id: w.id,
        kind: w.kind,
        title: w.title,
        chart: w.chart,
        x: w.x,
        y: w.y,
        w: w.w,
        h: w.h,
        settings: {
          dimensions: takes.dimensions ? s.dimensions : null,
          unitID: s.unitID ?? null,
          year: takes.year ? (s.year ?? null) : null,
          period: takes.period ? (s.period ?? null) : null,
          years: takes.years ? (s.years ?? null) : null,
        },
      };
    }),
  };
}

/** A kind's own settings when a widget becomes that kind: the unit stays, the rest starts afresh. */
export function withKind(w: Widget, kind: WidgetKind): Widget {
  const takes = settingsOf[kind];
  return {
    ...w,
    kind,
    title: "",
    settings: {
      dimensions: takes.dimensions ? ["UNIT"] : [],
      unitID: w.settings.unitID,
      year: takes.year ? w.settings.year : undefined,
    },
  };
}

/** A new widget of the kind, with an id not yet used on the dashboard; the grid places it. */
export function newWidget(kind: WidgetKind, existing: Widget[]): Widget {
  const used = new Set(existing.map((w) => w.id));
  let n = existing.length + 1;
  while (used.has(`w${n}`)) n++;
  const blank: Widget = {
    id: `w${n}`,
    kind,
    chart: "BAR",
    title: "",
    x: 0,
    y: 0,
    w: 6,
    h: 4,
    settings: { dimensions: [] },
  };
  return withKind(blank, kind);
}

/** The dashboard's filter, which widgets without a unit or year of their own follow. */
export type DashboardFilters = { unit?: string; year?: number };

/** What a widget's query is asked for: its own settings, else the dashboard's filter, else a default. */
export type EffectiveSettings = {
  unitID?: string;
  year: number;
  dimensions: Dimension[];
  period?: EvaluationPeriod;
  years: number;
};

/**
 * The year a widget shows when neither it nor the filter names one: the last full year for what is
 * settled at the year's end (final predikat, the 9-box, JP), this year for what lies ahead.
 */
export function defaultYear(kind: WidgetKind, thisYear: number) {
  return kind === "RETIREMENT_FORECAST" || kind === "PROMOTION_PIPELINE" ? thisYear : thisYear - 1;
}

export function effectiveSettings(w: Widget, filters: DashboardFilters, thisYear: number): EffectiveSettings {
  return {
    unitID: w.settings.unitID ?? filters.unit,
    year: w.settings.year ?? filters.year ?? defaultYear(w.kind, thisYear),
    dimensions: w.settings.dimensions.length ? w.settings.dimensions : ["UNIT"],
    period: w.settings.period,
    years: w.settings.years ?? 5,
  };
}
