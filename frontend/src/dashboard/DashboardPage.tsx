import "./dashboard.css";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { ErrorMessage } from "../components/ErrorMessage";
import { Skeleton } from "../components/Skeleton";
import { todayInJakarta } from "../i18n/format";
import { loadECharts } from "./chart/useECharts";
import { DashboardEditor } from "./DashboardEditor";
import { DashboardsDocument } from "./documents";
import { type Dashboard, type DashboardFilters, fromSaved, fromTemplate } from "./model";

// The open dashboard and the filter are in the URL (?dasbor=…&unit=…&tahun=…), so that a view is a
// link to share, and a reload or the back button returns to it.

function filtersOf(params: URLSearchParams): DashboardFilters {
  const year = Number(params.get("tahun"));
  return {
    unit: params.get("unit") || undefined,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
  };
}

/**
 * The leader's dashboards: the one asked for in the URL, else the viewer's first own dashboard, else
 * the default of its role (unsaved until the viewer saves it as its own).
 */
export function DashboardPage() {
  // The charts' chunk loads while the dashboards and their figures are asked for.
  useEffect(() => {
    loadECharts();
  }, []);
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [{ data, error, fetching }, reload] = useQuery({ query: DashboardsDocument });
  const wanted = params.get("dasbor");
  const saved = (data?.dashboards.edges ?? []).flatMap((e) => (e?.node ? [fromSaved(e.node)] : []));
  const found = saved.find((d) => d.id === wanted);
  // Just saved: wait for the list that holds it rather than show another dashboard meanwhile.
  if (!data || (wanted && wanted !== "new" && !found && fetching)) {
    return (
      <>
        <h1>{t("dashboard.title")}</h1>
        {error ? <ErrorMessage error={error} /> : <Skeleton lines={8} />}
      </>
    );
  }
  const blank: Dashboard = { name: t("dashboard.newName"), widgets: [], mine: true };
  const current =
    found ?? (wanted === "new" ? blank : (saved.find((d) => d.mine) ?? fromTemplate(data.defaultDashboard)));
  const update = (values: Record<string, string | undefined>) =>
    setParams((p) => {
      for (const [key, value] of Object.entries(values)) {
        if (value) p.set(key, value);
        else p.delete(key);
      }
      return p;
    });

  return (
    <>
      {wanted && wanted !== "new" && !found && <p className="notice">{t("dashboard.notFound")}</p>}
      <DashboardEditor
        // Another dashboard starts afresh: its own draft, not in edit mode.
        key={current.id ?? wanted ?? "default"}
        initial={current}
        saved={saved}
        filters={filtersOf(params)}
        thisYear={Number(todayInJakarta().slice(0, 4))}
        onFilters={(f) => update({ unit: f.unit, tahun: f.year?.toString() })}
        onOpen={(id) => update({ dasbor: id })}
        onSaved={(id) => {
          reload({ requestPolicy: "network-only" });
          update({ dasbor: id });
        }}
      />
    </>
  );
}
