import { useNavigate } from "react-router";
import { Skeleton } from "../components/Skeleton";
import { directoryUrl } from "../directory/filters";
import type { ChartType, WidgetKind } from "../gql/graphql";
import { useECharts } from "./chart/useECharts";
import { DataTable } from "./DataTable";
import type { Dataset } from "./dataset";
import { NineBox } from "./NineBox";

type Props = {
  kind: WidgetKind;
  chart: ChartType;
  dataset: Dataset;
  /** What the chart or table shows, for screen readers. */
  label: string;
  onDrawn: (d: Dataset) => void;
};

/** The dataset drawn as the widget's chart type; the 9-box's table is the 3×3 grid itself. */
export function WidgetBody({ kind, chart, dataset, label, onDrawn }: Props) {
  const navigate = useNavigate();
  const EChart = useECharts();
  if (chart === "TABLE") {
    return kind === "TALENT_MATRIX" ? (
      <NineBox dataset={dataset} label={label} onDrawn={onDrawn} />
    ) : (
      <DataTable dataset={dataset} label={label} onDrawn={onDrawn} />
    );
  }
  if (!EChart) return <Skeleton lines={4} />;
  return (
    <EChart
      dataset={dataset}
      chart={chart}
      label={label}
      onDrill={(drill) => navigate(directoryUrl(drill))}
      onDrawn={onDrawn}
    />
  );
}
