import { BarChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { type ECharts, init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";
import type { ChartType } from "../../gql/graphql";
import type { Dataset, Drill } from "../dataset";
import { chartOption, type Item } from "./chartOption";

// This file is the ECharts chunk, loaded with the first chart (the log-in page and the directory never
// load it). Only the charts and components the widgets use are registered. SVG draws crisp on paper
// and on high-density phone screens.
use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type EChartProps = {
  dataset: Dataset;
  chart: Exclude<ChartType, "TABLE">;
  /** A sentence naming what the chart shows, for screen readers. */
  label: string;
  onDrill: (drill: Drill) => void;
  /** Called with the dataset once it is on screen (ECharts' finished event). */
  onDrawn: (dataset: Dataset) => void;
};

export default function EChart({ dataset, chart, label, onDrill, onDrawn }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const instance = useRef<ECharts>(null);
  // The handlers ECharts calls see the latest props without re-registering.
  const latest = useRef({ dataset, chart, onDrill, onDrawn });
  latest.current = { dataset, chart, onDrill, onDrawn };

  useEffect(() => {
    if (!element.current) return;
    const c = init(element.current, null, { renderer: "svg" });
    instance.current = c;
    c.on("finished", () => latest.current.onDrawn(latest.current.dataset));
    c.on("click", (params) => {
      const drill = (params.data as Item | undefined)?.drill;
      if (drill) latest.current.onDrill(drill);
    });
    // The widget changes size with the grid, the window and the printed page; labels fit the new width.
    // The observer's first call reports the size the chart was just drawn at: nothing to do then.
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      if (Math.round(width) === c.getWidth() && Math.round(height) === c.getHeight()) return;
      c.resize();
      const { dataset, chart } = latest.current;
      c.setOption(chartOption(dataset, chart, c.getWidth()), { notMerge: true });
    });
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      c.dispose();
      instance.current = null;
    };
  }, []);

  useEffect(() => {
    const c = instance.current;
    c?.setOption(chartOption(dataset, chart, c.getWidth()), { notMerge: true });
  }, [dataset, chart]);

  // Room for every bar: a unit per line needs about 14 px.
  const minHeight = chart === "PIE" ? 200 : dataset.categories.length * 14 + 70;
  return <div ref={element} className="chart" role="img" aria-label={label} style={{ minHeight }} />;
}
