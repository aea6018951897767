import type { Dimension, Rank } from "../../gql/graphql";
import { positionKinds, ranks } from "../../i18n/labels";
import { bothDrills, type Category, cell, type Drill, mergedOrder, zero } from "../dataset";
import { HeadcountDocument } from "../documents";
import { defineKind } from "./kind";

type Bucket = { dimension: Dimension; key: string; label: string };

/**
 * The directory filter of one bucket, where the directory has one: a unit, a PNS rank, a golongan
 * (its ranks), a kind of post. PPPK grades, education, gender, age band and employment type have none.
 */
function drillOf(b: Bucket): Drill | undefined {
  switch (b.dimension) {
    case "UNIT":
      return b.key ? { unit: b.key } : undefined;
    case "RANK":
      return ranks.includes(b.key as Rank) ? { ranks: [b.key as Rank] } : undefined;
    case "RANK_GROUP": {
      const group = ranks.filter((r) => r.split("_")[0] === b.key);
      return group.length ? { ranks: group } : undefined;
    }
    case "POSITION_KIND": {
      const kind = positionKinds.find((k) => k === b.key);
      return kind ? { kinds: [kind] } : undefined;
    }
    default:
      return undefined;
  }
}

/** Employees by one dimension (one series) or two (the second's values are the series). */
export const headcount = defineKind({
  document: HeadcountDocument,
  variables: (s) => ({ by: s.dimensions, unitID: s.unitID }),
  dataset: ({ headcount: h }, { settings, t }) => {
    const scope: Drill = { unit: settings.unitID };
    const first = new Map<string, Category>();
    for (const g of h.groups) {
      const b = g.buckets[0];
      if (!first.has(b.key))
        first.set(b.key, { key: b.key, label: b.label, drill: bothDrills(scope, drillOf(b)) });
    }
    const categories = [...first.values()];
    const categoryLabel = t(`dashboard.dimensions.${settings.dimensions[0]}`);
    const notes = [t("dashboard.notes.total", { display: h.total.display })];
    if (settings.dimensions.length === 1) {
      const cells = h.groups.map((g) => cell(g.count, first.get(g.buckets[0].key)?.drill));
      return {
        categoryLabel,
        categories,
        series: [{ key: "count", label: t("dashboard.series.employees"), cells }],
        notes,
      };
    }
    const seriesLabels = new Map(h.groups.map((g) => [g.buckets[1].key, g.buckets[1]]));
    const order = mergedOrder(
      categories.map((c) => h.groups.filter((g) => g.buckets[0].key === c.key).map((g) => g.buckets[1].key)),
    );
    const series = order.map((key) => {
      const b = seriesLabels.get(key) as Bucket;
      return {
        key,
        label: b.label,
        cells: categories.map((c) => {
          const g = h.groups.find((x) => x.buckets[0].key === c.key && x.buckets[1].key === key);
          const drill = bothDrills(c.drill, drillOf(b));
          return g ? cell(g.count, drill) : { ...zero, drill };
        }),
      };
    });
    return { categoryLabel, categories, series, notes };
  },
});
