import type { BarSeriesOption, PieSeriesOption } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import type { ComposeOption } from "echarts/core";
import type { ChartType } from "../../gql/graphql";
import { formatNumber } from "../../i18n/format";
import { type Cell, type Dataset, type Drill, drawn } from "../dataset";

// A dataset as an ECharts option: the categories on one axis, one bar per series (stacked when
// asked), or the categories as slices. Every data item carries what its tooltip shows (the API's
// display, "< 5" for a hidden count) and where a click on it leads.

export type ChartOption = ComposeOption<
  BarSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** What every bar and slice carries besides its value. */
export type Item = { value: number | "-"; name: string; title: string; display: string; drill?: Drill };

/** Labels longer than this read better on a vertical axis, one per line. */
const longLabel = 14;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** name labels the slice or bar; title heads its tooltip (a category's whole label). */
function item(name: string, title: string, c: Cell): Item {
  // A hidden count draws nothing ("-" is ECharts' empty value); its tooltip still says "< 5".
  return { value: c.value ?? "-", name, title, display: c.display, drill: c.drill };
}

function tooltip(trigger: "axis" | "item"): TooltipComponentOption {
  return {
    trigger,
    confine: true,
    formatter: (params) => {
      const list = (Array.isArray(params) ? params : [params]) as unknown as {
        seriesName?: string;
        marker?: string;
        data: Item;
      }[];
      const heading = list[0]?.data.title ?? "";
      const lines = list.map((p) =>
        trigger === "item"
          ? `${p.marker ?? ""} <b>${escapeHtml(p.data.display)}</b>`
          : `${p.marker ?? ""} ${escapeHtml(p.seriesName ?? "")}: <b>${escapeHtml(p.data.display)}</b>`,
      );
      return [escapeHtml(heading), ...lines].join("<br/>");
    },
  };
}

function legend(show: boolean): LegendComponentOption {
  return { show, type: "scroll", bottom: 0 };
}

/**
 * The axis labels without the words every one of them starts with: "Pemerintah Kabupaten Bungo",
 * "Pemerintah Kota Jambi" become "Kabupaten Bungo", "Kota Jambi" (the tooltip keeps the whole name).
 */
export function withoutCommonStart(labels: string[]): string[] {
  if (labels.length < 2) return labels;
  const words = labels.map((l) => l.split(" "));
  let common = 0;
  while (words.every((w) => w.length > common + 1 && w[common] === words[0][common])) common++;
  return words.map((w) => w.slice(common).join(" "));
}

function bars(d: Dataset, stacked: boolean, width: number): ChartOption {
  const labels = withoutCommonStart(d.categories.map((c) => c.short ?? c.label));
  const longest = Math.max(...labels.map((l) => l.length));
  // Long labels, or many that would run into each other side by side, go down a vertical axis.
  const horizontal = longest > longLabel || labels.length * longest > width / 7;
  const categoryAxis = {
    type: "category" as const,
    data: labels,
    // Every label, cut to fit; the tooltip has it whole. Listed top down when horizontal, as a table reads.
    axisLabel: {
      interval: 0,
      width: horizontal ? Math.min(200, Math.round(width * 0.42)) : 90,
      overflow: "truncate" as const,
    },
    inverse: horizontal,
  };
  const percent = d.series.every((s) => s.percent);
  const valueAxis = {
    type: "value" as const,
    // Fewer steps on a phone, or the numbers run into each other.
    splitNumber: width < 400 ? 3 : 5,
    max: percent ? 100 : undefined,
    // Numbers the Indonesian way (1.000), as everywhere in the app.
    axisLabel: { formatter: (v: number) => (percent ? `${v}%` : formatNumber(v)) },
  };
  const many = d.series.length > 1;
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 16, bottom: many ? 40 : 8, containLabel: true },
    tooltip: tooltip("axis"),
    legend: legend(many),
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: d.series.map((s) => ({
      type: "bar",
      name: s.label,
      stack: stacked ? "all" : undefined,
      cursor: s.cells.some((c) => c.drill) ? "pointer" : "default",
      data: s.cells.map((c, i) => item(labels[i], d.categories[i].label, c)),
    })),
  };
}

/** A slice per category: its one count, or with several series their sum (hidden counts left out). */
function pie(d: Dataset): ChartOption {
  const data = d.categories.map((cat, i): Item => {
    const name = cat.short ?? cat.label;
    if (d.series.length === 1) return item(name, cat.label, d.series[0].cells[i]);
    const sum = d.series.reduce((n, s) => n + (s.cells[i].value ?? 0), 0);
    return { value: sum, name, title: cat.label, display: String(sum), drill: cat.drill };
  });
  return {
    animation: false,
    tooltip: tooltip("item"),
    legend: legend(true),
    series: [
      {
        type: "pie",
        radius: ["0%", "62%"],
        center: ["50%", "45%"],
        cursor: data.some((x) => x.drill) ? "pointer" : "default",
        label: { formatter: "{b}: {d}%", overflow: "truncate", width: 110 },
        data: data.filter((x) => x.value !== "-" && x.value > 0),
      },
    ],
  };
}

/** The option for a chart of the width (px) it is drawn at. */
export function chartOption(d: Dataset, chart: Exclude<ChartType, "TABLE">, width: number): ChartOption {
  const numbers = drawn(d);
  return chart === "PIE" ? pie(numbers) : bars(numbers, chart === "STACKED_BAR", width);
}
