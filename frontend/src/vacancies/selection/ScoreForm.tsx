import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import type { ReviewedApplicationFragment, SelectionStage } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/errors";
import type { StageWeight } from "../labels";
import { useVacancyLabels } from "../labels";
import { ScoreDocument } from "./documents";

/** The stage scores of one candidate of an open selection, 0–100 each; the API weighs the total. */
export function ScoreForm({
  application,
  stages,
}: {
  application: ReviewedApplicationFragment;
  stages: StageWeight[];
}) {
  const { t } = useTranslation();
  const labels = useVacancyLabels();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      stages.map((s) => [
        s.stage,
        String(application.stageScores?.find((x) => x.stage === s.stage)?.score ?? ""),
      ]),
    ),
  );
  const [result, score] = useMutation(ScoreDocument);
  const errors = fieldErrors(result.error);
  // Only filled-in stages are sent: a panel scores the stages as they are held.
  const filled = stages.filter((s) => values[s.stage] !== "");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    score({
      id: application.id,
      scores: filled.map((s) => ({ stage: s.stage as SelectionStage, score: Number(values[s.stage]) })),
    });
  };
  return (
    <form className="score-form" onSubmit={submit} aria-label={t("vacancy.review.score")}>
      <fieldset>
        <legend>{t("vacancy.review.score")}</legend>
        {stages.map((s) => {
          const index = filled.indexOf(s);
          const error = index >= 0 ? errors[`scores[${index}].score`] : undefined;
          const id = `score-${application.id}-${s.stage}`;
          return (
            <label key={s.stage} htmlFor={id}>
              {labels.stage(s.stage)} ({s.weight}%)
              <input
                id={id}
                type="number"
                min={0}
                max={100}
                step="0.1"
                inputMode="decimal"
                value={values[s.stage]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(e) => setValues({ ...values, [s.stage]: e.target.value })}
              />
              <FieldError id={`${id}-error`} error={error} />
            </label>
          );
        })}
      </fieldset>
      <button type="submit" disabled={result.fetching || filled.length === 0}>
        {t("vacancy.review.saveScores")}
      </button>
      <ErrorMessage error={result.error} shownAtFields={Object.keys(errors)} />
    </form>
  );
}
