import type {
  Education,
  ManagedVacancyFragment,
  Predikat,
  Rank,
  SelectionStage,
  TrainingKind,
  VacancyInput,
  VacancyKind,
} from "../../gql/graphql";

/** The vacancy form as typed: numbers stay text until sent, so that an empty field means "asks nothing". */
export type VacancyForm = {
  kind: VacancyKind;
  title: string;
  description: string;
  positionID: string;
  positionTitle: string;
  opensOn: string;
  closesOn: string;
  minRank: Rank | "";
  minPredikat: Predikat | "";
  predikatYears: string;
  trainingKinds: TrainingKind[];
  minEducation: Education | "";
  minYearsToRetirement: string;
  noSanctionYears: string;
  stages: { stage: SelectionStage; weight: string }[];
};

/** career.DefaultStageWeights: each inside its PermenPANRB 15/2019 range, 100 in all. */
export const defaultStages: VacancyForm["stages"] = [
  { stage: "WRITTEN_TEST", weight: "20" },
  { stage: "ASSESSMENT_CENTRE", weight: "25" },
  { stage: "INTERVIEW", weight: "35" },
  { stage: "TRACK_RECORD", weight: "20" },
];

/** A new vacancy: an internal promotion opening today for three weeks, asking nothing yet. */
export function emptyForm(today: string): VacancyForm {
  return {
    kind: "PROMOTION",
    title: "",
    description: "",
    positionID: "",
    positionTitle: "",
    opensOn: today,
    closesOn: addDays(today, 21),
    minRank: "",
    minPredikat: "",
    predikatYears: "",
    trainingKinds: [],
    minEducation: "",
    minYearsToRetirement: "",
    noSanctionYears: "",
    stages: defaultStages,
  };
}

/** A DRAFT vacancy as the form shows it for editing. */
export function fromVacancy(v: ManagedVacancyFragment): VacancyForm {
  const r = v.requirements;
  const count = (n: number) => (n > 0 ? String(n) : "");
  return {
    kind: v.kind,
    title: v.title,
    description: v.description ?? "",
    positionID: v.position?.id ?? "",
    positionTitle: v.position?.title ?? "",
    opensOn: v.opensOn,
    closesOn: v.closesOn,
    minRank: r.minRank ?? "",
    minPredikat: r.minPredikat ?? "",
    predikatYears: count(r.predikatYears),
    trainingKinds: r.trainingKinds,
    minEducation: r.minEducation ?? "",
    minYearsToRetirement: count(r.minYearsToRetirement),
    noSanctionYears: count(r.noSanctionYears),
    stages:
      v.stages && v.stages.length > 0
        ? v.stages.map((s) => ({ stage: s.stage, weight: String(s.weight) }))
        : defaultStages,
  };
}

const int = (s: string) => (s.trim() === "" ? null : Number.parseInt(s, 10));

/** What the API takes: empty requirements left out, stages only for an open selection. */
export function toInput(f: VacancyForm): VacancyInput {
  return {
    kind: f.kind,
    title: f.title,
    description: f.description.trim() === "" ? null : f.description,
    positionID: f.positionID || null,
    opensOn: f.opensOn,
    closesOn: f.closesOn,
    requirements: {
      minRank: f.minRank || null,
      minPredikat: f.minPredikat || null,
      predikatYears: int(f.predikatYears),
      trainingKinds: f.trainingKinds,
      minEducation: f.minEducation || null,
      minYearsToRetirement: int(f.minYearsToRetirement),
      noSanctionYears: int(f.noSanctionYears),
    },
    stages:
      f.kind === "OPEN_SELECTION"
        ? f.stages.map((s) => ({ stage: s.stage, weight: Number(s.weight) }))
        : null,
  };
}

/** The sum of the stage weights as typed, for the live total beside them (the API wants 100). */
export function weightSum(stages: VacancyForm["stages"]): number {
  return stages.reduce((sum, s) => sum + (Number(s.weight) || 0), 0);
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
