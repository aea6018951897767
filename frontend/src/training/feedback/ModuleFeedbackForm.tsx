import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import { fieldErrors } from "../../graphql/errors";
import { GiveModuleFeedbackDocument } from "./documents";

export type Given = { moduleID: string; rating: number; comment?: string | null };

type Props = {
  enrollmentId: string;
  module: { id: string; title: string };
  /** The viewer's rating of the module, once given: it is given once and then only shown. */
  given?: Given;
  onGiven: (given: Given) => void;
};

const ratings = [1, 2, 3, 4, 5] as const;

/** One module's rating (1–5) and comment; after it is sent, what was given. */
export function ModuleFeedbackForm({ enrollmentId, module, given, onGiven }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [rating, setRating] = useState<number>();
  const [comment, setComment] = useState("");
  const [{ fetching, error }, give] = useMutation(GiveModuleFeedbackDocument);
  const byField = fieldErrors(error);
  // The API names the module, the rating or the enrolment; all belong to this module's form.
  const refusal = byField.moduleID ?? byField.enrollmentID;

  if (given) {
    return (
      <section className="card module-feedback given" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{module.title}</h2>
        <p>
          {t("training.feedback.yourRating", {
            rating: given.rating,
            label: t(`training.feedback.scale.${given.rating}`),
          })}
        </p>
        {given.comment && <blockquote className="feedback-comment">{given.comment}</blockquote>}
        <p className="hint">{t("training.feedback.onceOnly")}</p>
      </section>
    );
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (rating === undefined) return;
    const result = await give({
      enrollmentID: enrollmentId,
      moduleID: module.id,
      rating,
      comment: comment.trim() || null,
    });
    if (result.data) onGiven(result.data.giveModuleFeedback);
  };
  return (
    <form className="card module-feedback" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{module.title}</h2>
      <fieldset
        className="rating-scale"
        aria-invalid={Boolean(byField.rating)}
        aria-describedby={byField.rating ? `${id}-rating-error` : undefined}
      >
        <legend>{t("training.feedback.rating")}</legend>
        {ratings.map((r) => (
          <label key={r} className="rating-option">
            <input
              type="radio"
              name={`${id}-rating`}
              value={r}
              required
              checked={rating === r}
              onChange={() => setRating(r)}
            />
            <span className="rating-number">{r}</span>{" "}
            <span className="rating-label">{t(`training.feedback.scale.${r}`)}</span>
          </label>
        ))}
      </fieldset>
      <FieldError id={`${id}-rating-error`} error={byField.rating} />
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t("training.feedback.comment")}</label>
        <textarea
          id={`${id}-comment`}
          rows={3}
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-invalid={Boolean(byField.comment)}
          aria-describedby={`${id}-comment-hint${byField.comment ? ` ${id}-comment-error` : ""}`}
        />
        <span className="hint" id={`${id}-comment-hint`}>
          {t("training.feedback.anonymous")}
        </span>
        <FieldError id={`${id}-comment-error`} error={byField.comment} />
      </div>
      <FieldError id={`${id}-error`} error={refusal} />
      <ErrorMessage error={error} shownAtFields={["rating", "comment", "moduleID", "enrollmentID"]} />
      <button type="submit" className="button" disabled={fetching}>
        {t("training.feedback.send")}
      </button>
    </form>
  );
}
