import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import type { EvaluationPeriod } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/errors";
import { useLabels } from "../../i18n";
import { todayInJakarta } from "../../i18n/format";
import { StartEvaluationDocument } from "./documents";

const periods: EvaluationPeriod[] = ["ANNUAL", "Q1", "Q2", "Q3", "Q4"];

/** Starts a new draft SKP for a year and period, then opens it. */
export function StartForm() {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  // The API takes this year and last year: an annual SKP is often written after the year ends.
  const thisYear = Number(todayInJakarta().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [period, setPeriod] = useState<EvaluationPeriod>("ANNUAL");
  const [{ fetching, error }, start] = useMutation(StartEvaluationDocument);
  const errors = fieldErrors(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await start({ year, period });
    if (result.data) navigate(`/penilaian/${result.data.startEvaluation.id}`);
  };

  return (
    <form className="card start-form" onSubmit={submit} aria-labelledby="start-title">
      <h2 id="start-title">{t("appraisal.start.title")}</h2>
      <ErrorMessage error={error} shownAtFields={["year", "period"]} />
      <div className="form-row">
        <div className="field">
          <label htmlFor="start-year">{t("appraisal.start.year")}</label>
          <select
            id="start-year"
            value={year}
            onChange={(e) => setYear(Number(e.target.value))}
            aria-describedby={errors.year ? "start-year-error" : undefined}
          >
            {[thisYear, thisYear - 1].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
          <FieldError id="start-year-error" error={errors.year} />
        </div>
        <div className="field">
          <label htmlFor="start-period">{t("appraisal.start.period")}</label>
          <select
            id="start-period"
            value={period}
            onChange={(e) => setPeriod(e.target.value as EvaluationPeriod)}
            aria-describedby={errors.period ? "start-period-error" : undefined}
          >
            {periods.map((p) => (
              <option key={p} value={p}>
                {labels.evaluationPeriod(p)}
              </option>
            ))}
          </select>
          <FieldError id="start-period-error" error={errors.period} />
        </div>
      </div>
      <button type="submit" className="button" disabled={fetching}>
        {fetching ? t("appraisal.start.starting") : t("appraisal.start.submit")}
      </button>
    </form>
  );
}
