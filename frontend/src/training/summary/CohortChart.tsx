import { LineChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import { init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";
import type { CohortSeries } from "./cohorts";

// Only the parts this chart draws: the whole of ECharts is a 1.4 MB bundle.
use([LineChart, GridComponent, TooltipComponent, SVGRenderer]);

// One colour per module, told apart on white and by the legend below the chart.
const palette = ["#7a1f1f", "#1d4ed8", "#2f855a", "#b7791f", "#6b46c1", "#0e7490", "#be185d", "#4b5563"];

/**
 * The mean rating of each module across cohorts, one line per module. The same figures are in the
 * table below it, for keyboards and screen readers; the picture and its legend are for the eye only.
 */
export function CohortChart({ series }: { series: CohortSeries }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = init(element, undefined, { renderer: "svg" });
    chart.setOption({
      animation: false,
      color: palette,
      tooltip: {
        trigger: "axis",
        valueFormatter: (v: unknown) => (typeof v === "number" ? v.toFixed(2) : "—"),
      },
      grid: { left: 32, right: 16, top: 16, bottom: 32 },
      xAxis: { type: "category", data: series.cohorts.map((c) => c.label), axisLabel: { hideOverlap: true } },
      yAxis: { type: "value", min: 1, max: 5, interval: 1 },
      series: series.modules.map((m) => ({ type: "line", name: m.title, data: m.means, symbolSize: 8 })),
    });
    const resized = new ResizeObserver(() => chart.resize());
    resized.observe(element);
    return () => {
      resized.disconnect();
      chart.dispose();
    };
  }, [series]);
  return (
    <div aria-hidden="true">
      <div ref={ref} className="cohort-chart" />
      <ul className="chart-legend">
        {series.modules.map((m, i) => (
          <li key={m.title}>
            <span className="chart-legend-swatch" style={{ background: palette[i % palette.length] }} />
            {m.title}
          </li>
        ))}
      </ul>
    </div>
  );
}
