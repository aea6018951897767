import { type ComponentType, useEffect, useState } from "react";
import type { EChartProps } from "./EChart";

// The ECharts chunk, fetched once. The dashboard starts fetching it as it opens, beside its queries,
// and widgets wait for it without a Suspense boundary: React holds a revealed boundary back for up to
// 300 ms, and a dashboard's figures should appear as soon as they are drawn.
let chunk: Promise<ComponentType<EChartProps>> | undefined;

export function loadECharts() {
  chunk ??= import("./EChart").then((m) => m.default);
  return chunk;
}

/** The chart component once its chunk is here; undefined until then. */
export function useECharts() {
  const [EChart, setEChart] = useState<ComponentType<EChartProps>>();
  useEffect(() => {
    let live = true;
    loadECharts().then((c) => live && setEChart(() => c));
    return () => {
      live = false;
    };
  }, []);
  return EChart;
}
