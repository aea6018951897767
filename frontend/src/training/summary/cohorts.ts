import type { CurriculumFeedbackQuery } from "../../gql/graphql";

type Summary = CurriculumFeedbackQuery["curriculumFeedback"];

const monthFormat = new Intl.DateTimeFormat("id-ID", { month: "short", year: "numeric", timeZone: "UTC" });

/** "Angkatan 2 (Mar 2025)": a cohort's title without the curriculum's name, and when it started. */
export function cohortLabel(title: string, curriculumName: string, startsOn: string) {
  const short = title.startsWith(curriculumName) ? title.slice(curriculumName.length).trim() : title;
  return `${short || title} (${monthFormat.format(new Date(`${startsOn}T00:00:00Z`))})`;
}

export type CohortSeries = {
  cohorts: { id: string; label: string }[];
  /** Per module, in the curriculum's order: its mean rating in each cohort, null where nobody rated it. */
  modules: { title: string; means: (number | null)[] }[];
};

/**
 * The chart across cohorts: the mean rating of each module in each cohort, oldest cohort first. Two
 * providers may number their cohorts alike: such labels also name the provider.
 */
export function cohortSeries(summary: Summary, curriculumName: string): CohortSeries {
  const labels = summary.cohorts.map((c) =>
    cohortLabel(c.training.title, curriculumName, c.training.startsOn),
  );
  const twice = (label: string) => labels.indexOf(label) !== labels.lastIndexOf(label);
  const modules = [...summary.modules].sort((a, b) => a.module.position - b.module.position);
  return {
    cohorts: summary.cohorts.map((c, i) => ({
      id: c.training.id,
      label: twice(labels[i]) ? `${labels[i]} · ${c.training.provider}` : labels[i],
    })),
    modules: modules.map((m) => ({
      title: m.module.title,
      means: summary.cohorts.map((c) => c.modules.find((x) => x.module.id === m.module.id)?.mean ?? null),
    })),
  };
}
