import type { GraphQLError } from "graphql";
import { useTranslation } from "react-i18next";
import { FieldError } from "../components/FieldError";
import type { Rating } from "../gql/graphql";
import { useLabels } from "../i18n";
import { ratings } from "../i18n/labels";

export type Ratings = { workResult?: Rating; workBehavior?: Rating };

type Props = {
  value: Ratings;
  onChange: (value: Ratings) => void;
  /** Input errors by field, as fieldErrors() gives them. */
  errors: Record<string, GraphQLError>;
};

/** The two ratings of an assessment, each a group of radio buttons (arrow keys move within a group). */
export function RatingFields({ value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const group = (field: keyof Ratings, legend: string) => (
    <fieldset className="rating-group" aria-describedby={errors[field] ? `${field}-error` : undefined}>
      <legend>{legend}</legend>
      {ratings.map((r) => (
        <label key={r} className="radio">
          <input
            type="radio"
            name={field}
            value={r}
            required
            checked={value[field] === r}
            onChange={() => onChange({ ...value, [field]: r })}
          />
          {labels.rating(r)}
        </label>
      ))}
      <FieldError id={`${field}-error`} error={errors[field]} />
    </fieldset>
  );
  return (
    <div className="rating-fields">
      {group("workResult", t("appraisal.assessment.workResult"))}
      {group("workBehavior", t("appraisal.assessment.workBehavior"))}
    </div>
  );
}
