import { GraphQLError } from "graphql";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorMessage } from "../components/ErrorMessage";
import { FieldError } from "../components/FieldError";
import type { PotentialLevel } from "../gql/graphql";
import { fieldErrors } from "../graphql/errors";
import { todayInJakarta } from "../i18n/format";
import { RecordPotentialAssessmentDocument } from "./documents";

const levels: PotentialLevel[] = ["HIGH", "MEDIUM", "LOW"];
const fields = ["year", "level", "score", "method"];

/** HR records the potential of a year (recording the same year again corrects it); errors show at their field. */
export function PotentialForm({ employeeId, onSaved }: { employeeId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const thisYear = Number(todayInJakarta().slice(0, 4));
  const [year, setYear] = useState(String(thisYear - 1));
  const [level, setLevel] = useState<PotentialLevel>("MEDIUM");
  const [score, setScore] = useState("");
  const [method, setMethod] = useState("");
  const [saved, setSaved] = useState<number>();
  const [result, record] = useMutation(RecordPotentialAssessmentDocument);
  // A blank score cannot be sent as a number: it is refused here, in the server's words.
  const [blank, setBlank] = useState(false);
  const errors = blank
    ? { score: missing(t("talent.potentialForm.scoreMissing")) }
    : fieldErrors(result.error);
  const described = (name: string) => (errors[name] ? `${id}-${name}-error` : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(undefined);
    setBlank(score.trim() === "");
    if (score.trim() === "") return;
    const res = await record({
      employeeID: employeeId,
      input: { year: Number(year), level, score: Number(score), method },
    });
    if (res.data) {
      setSaved(res.data.recordPotentialAssessment.year);
      onSaved();
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("talent.potentialForm.title")}</h3>
      <p className="hint">{t("talent.potentialForm.hint")}</p>
      {!blank && <ErrorMessage error={result.error} shownAtFields={fields} />}
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-year`}>{t("talent.potentialForm.year")}</label>
          <input
            id={`${id}-year`}
            type="number"
            inputMode="numeric"
            value={year}
            onChange={(e) => setYear(e.target.value)}
            aria-describedby={described("year")}
          />
          <FieldError id={`${id}-year-error`} error={errors.year} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-level`}>{t("talent.potentialForm.level")}</label>
          <select
            id={`${id}-level`}
            value={level}
            onChange={(e) => setLevel(e.target.value as PotentialLevel)}
            aria-describedby={described("level")}
          >
            {levels.map((l) => (
              <option key={l} value={l}>
                {t(`talent.potentialLevel.${l}`)}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-level-error`} error={errors.level} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-score`}>{t("talent.potentialForm.score")}</label>
          <input
            id={`${id}-score`}
            type="number"
            inputMode="decimal"
            step="0.1"
            value={score}
            onChange={(e) => setScore(e.target.value)}
            aria-describedby={described("score")}
          />
          <FieldError id={`${id}-score-error`} error={errors.score} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-method`}>{t("talent.potentialForm.method")}</label>
          <input
            id={`${id}-method`}
            value={method}
            placeholder={t("talent.potentialForm.methodPlaceholder")}
            onChange={(e) => setMethod(e.target.value)}
            aria-describedby={described("method")}
          />
          <FieldError id={`${id}-method-error`} error={errors.method} />
        </div>
      </div>
      <button type="submit" className="button" disabled={result.fetching}>
        {t("talent.potentialForm.submit")}
      </button>
      <span role="status">{saved ? ` ${t("talent.potentialForm.saved", { year: saved })}` : ""}</span>
    </form>
  );
}

/** A field left blank, as the API would answer it. */
export function missing(message: string) {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}
