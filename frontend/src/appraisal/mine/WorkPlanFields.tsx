import type { GraphQLError } from "graphql";
import { useTranslation } from "react-i18next";
import { FieldError } from "../../components/FieldError";
import { useLabels } from "../../i18n";
import { workPlanKinds } from "../../i18n/labels";
import { emptyIndicator, type IndicatorDraft, type PlanDraft } from "./draft";

type Props = {
  plan: PlanDraft;
  /** The plan's position, 0-based: the API names its fields workPlans[index]. */
  index: number;
  errors: Record<string, GraphQLError>;
  onChange: (plan: PlanDraft) => void;
  onRemove?: () => void;
};

/** One work plan of a draft: title, kind and its indicators, each with target and realisation. */
export function WorkPlanFields({ plan, index, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const field = `workPlans[${index}]`;
  const n = index + 1;
  const setIndicator = (j: number, change: Partial<IndicatorDraft>) =>
    onChange({
      ...plan,
      indicators: plan.indicators.map((ind, k) => (k === j ? { ...ind, ...change } : ind)),
    });
  const describedBy = (name: string) => (errors[name] ? `${name}-error` : undefined);

  return (
    <fieldset className="plan-fields">
      <legend>{t("appraisal.plans.plan", { n })}</legend>
      <div className="plan-head">
        <div className="field grow">
          <label htmlFor={`${field}.title`}>{t("appraisal.plans.planTitle")}</label>
          <input
            id={`${field}.title`}
            value={plan.title}
            onChange={(e) => onChange({ ...plan, title: e.target.value })}
            aria-invalid={Boolean(errors[`${field}.title`])}
            aria-describedby={describedBy(`${field}.title`)}
          />
          <FieldError id={`${field}.title-error`} error={errors[`${field}.title`]} />
        </div>
        <div className="field">
          <label htmlFor={`${field}.kind`}>{t("appraisal.plans.kind")}</label>
          <select
            id={`${field}.kind`}
            value={plan.kind}
            onChange={(e) => onChange({ ...plan, kind: e.target.value as PlanDraft["kind"] })}
          >
            {workPlanKinds.map((k) => (
              <option key={k} value={k}>
                {labels.workPlanKind(k)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ol className="indicator-list" aria-label={t("appraisal.plans.indicatorsOf", { n })}>
        {plan.indicators.map((ind, j) => {
          const id = `${field}.indicators[${j}]`;
          const m = j + 1;
          return (
            <li key={ind.key} className="indicator-fields">
              <div className="field grow">
                <label htmlFor={`${id}.name`}>{t("appraisal.plans.indicatorN", { n: m })}</label>
                <input
                  id={`${id}.name`}
                  value={ind.name}
                  onChange={(e) => setIndicator(j, { name: e.target.value })}
                  aria-invalid={Boolean(errors[id])}
                  aria-describedby={describedBy(id)}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}.target`}>{t("appraisal.plans.target")}</label>
                <input
                  id={`${id}.target`}
                  value={ind.target}
                  onChange={(e) => setIndicator(j, { target: e.target.value })}
                  aria-invalid={Boolean(errors[id])}
                  aria-describedby={describedBy(id)}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}.realisation`}>{t("appraisal.plans.realisation")}</label>
                <input
                  id={`${id}.realisation`}
                  value={ind.realisation}
                  onChange={(e) => setIndicator(j, { realisation: e.target.value })}
                />
              </div>
              {plan.indicators.length > 1 && (
                <button
                  type="button"
                  className="button-secondary remove"
                  onClick={() => onChange({ ...plan, indicators: plan.indicators.filter((_, k) => k !== j) })}
                >
                  {t("appraisal.plans.removeIndicator", { n: m })}
                </button>
              )}
              <FieldError id={`${id}-error`} error={errors[id]} />
            </li>
          );
        })}
      </ol>
      <FieldError id={`${field}.indicators-error`} error={errors[`${field}.indicators`]} />
      <div className="row-actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => onChange({ ...plan, indicators: [...plan.indicators, emptyIndicator()] })}
        >
          {t("appraisal.plans.addIndicator")}
        </button>
        {onRemove && (
          <button type="button" className="button-secondary" onClick={onRemove}>
            {t("appraisal.plans.removePlan", { n })}
          </button>
        )}
      </div>
    </fieldset>
  );
}
