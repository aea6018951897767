import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import type { ReviewedApplicationFragment } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/errors";
import { dash } from "../../i18n/format";
import { SelectDocument } from "./documents";

type Props = { application: ReviewedApplicationFragment; positionTitle: string; onCancel: () => void };

/**
 * The confirmation before an appointment, which cannot be undone: it says what selecting does (the
 * post, the career event, the vacancy filled) and asks for the decree number it is recorded under.
 */
export function SelectConfirm({ application, positionTitle, onCancel }: Props) {
  const { t } = useTranslation();
  const [decree, setDecree] = useState("");
  const [result, select] = useMutation(SelectDocument);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const errors = fieldErrors(result.error);
  const name = application.applicantSummary.name ?? dash;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    select({ applicationID: application.id, decreeNumber: decree });
  };
  if (result.data) {
    return <p role="status">{t("vacancy.select.done", { name })}</p>;
  }
  return (
    <form
      className="confirm"
      role="alertdialog"
      aria-labelledby={`select-${application.id}`}
      onSubmit={submit}
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
    >
      <h4 id={`select-${application.id}`}>{t("vacancy.select.title", { name })}</h4>
      <p>{t("vacancy.select.text", { name, position: positionTitle })}</p>
      <label>
        {t("vacancy.select.decree")}
        <input
          ref={input}
          value={decree}
          required
          aria-invalid={errors.decreeNumber ? true : undefined}
          aria-describedby={errors.decreeNumber ? "decree-error" : undefined}
          onChange={(e) => setDecree(e.target.value)}
        />
      </label>
      <FieldError id="decree-error" error={errors.decreeNumber} />
      <ErrorMessage error={result.error} shownAtFields={["decreeNumber"]} />
      <div className="actions">
        <button type="submit" disabled={result.fetching}>
          {t("vacancy.select.confirm")}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t("vacancy.select.cancel")}
        </button>
      </div>
    </form>
  );
}
