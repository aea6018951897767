import type {
  BerakhlakValue,
  EvaluationDetailFragment,
  SaveEvaluationInput,
  WorkPlanKind,
} from "../../gql/graphql";
import { berakhlakValues } from "../../i18n/labels";

// A draft SKP as the form holds it while the employee types: every field a string, and a key per row
// so that removing a row leaves the others' inputs where they are.

export type IndicatorDraft = { key: string; name: string; target: string; realisation: string };
export type PlanDraft = { key: string; title: string; kind: WorkPlanKind; indicators: IndicatorDraft[] };
export type NotesDraft = Record<BerakhlakValue, string>;

let lastKey = 0;
const newKey = () => String(++lastKey);

export const emptyIndicator = (): IndicatorDraft => ({
  key: newKey(),
  name: "",
  target: "",
  realisation: "",
});

export const emptyPlan = (): PlanDraft => ({
  key: newKey(),
  title: "",
  kind: "UTAMA",
  indicators: [emptyIndicator()],
});

/** The stored plans and self-notes of an evaluation; a first empty plan when there is none yet. */
export function draftOf(ev: EvaluationDetailFragment): { plans: PlanDraft[]; notes: NotesDraft } {
  const plans = (ev.workPlans ?? []).map((p) => ({
    key: newKey(),
    title: p.title,
    kind: p.kind,
    indicators: p.indicators.map((i) => ({
      key: newKey(),
      name: i.name,
      target: i.target,
      realisation: i.realisation ?? "",
    })),
  }));
  const notes = Object.fromEntries(berakhlakValues.map((v) => [v, ""])) as NotesDraft;
  for (const n of ev.behaviorNotes ?? []) notes[n.value] = n.selfNote ?? "";
  return { plans: plans.length ? plans : [emptyPlan()], notes };
}

/** What saveEvaluation takes: the plans in the form's order (error fields name them by index), and the notes written. */
export function saveInput(plans: PlanDraft[], notes: NotesDraft): SaveEvaluationInput {
  return {
    workPlans: plans.map((p) => ({
      title: p.title,
      kind: p.kind,
      indicators: p.indicators.map((i) => ({
        name: i.name,
        target: i.target,
        realisation: i.realisation.trim() || null,
      })),
    })),
    selfNotes: berakhlakValues.filter((v) => notes[v].trim()).map((value) => ({ value, note: notes[value] })),
  };
}
