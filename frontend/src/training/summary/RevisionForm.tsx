import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import type { FeedbackModuleFragment } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/errors";
import { CitePicker } from "./CitePicker";
import { RecordCurriculumRevisionDocument } from "./documents";

type Props = { curriculumId: string; modules: FeedbackModuleFragment[]; onDone: () => void };

/** HR records what changed in the curriculum and why, citing the participants' feedback behind it. */
export function RevisionForm({ curriculumId, modules, onDone }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [changes, setChanges] = useState("");
  const [reason, setReason] = useState("");
  const [cited, setCited] = useState<string[]>([]);
  const [{ fetching, error }, record] = useMutation(RecordCurriculumRevisionDocument);
  const byField = fieldErrors(error);
  // A cited feedback the API refuses is named by its place in the list: feedbackIDs[2].
  const citeError = Object.entries(byField).find(([field]) => field.startsWith("feedbackIDs"))?.[1];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await record({ curriculumID: curriculumId, changes, reason, feedbackIDs: cited });
    if (result.data) onDone();
  };
  const describe = (field: string, error: unknown) => (error ? `${id}-${field}-error` : undefined);
  return (
    <form className="card revision-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("training.revision.new")}</h3>
      <div className="field">
        <label htmlFor={`${id}-changes`}>{t("training.revision.changes")}</label>
        <textarea
          id={`${id}-changes`}
          rows={3}
          value={changes}
          onChange={(e) => setChanges(e.target.value)}
          aria-invalid={Boolean(byField.changes)}
          aria-describedby={describe("changes", byField.changes)}
        />
        <FieldError id={`${id}-changes-error`} error={byField.changes} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t("training.revision.reason")}</label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={Boolean(byField.reason)}
          aria-describedby={describe("reason", byField.reason)}
        />
        <FieldError id={`${id}-reason-error`} error={byField.reason} />
      </div>
      <CitePicker
        modules={modules}
        cited={cited}
        onChange={setCited}
        describedBy={describe("cites", citeError)}
      />
      <FieldError id={`${id}-cites-error`} error={citeError} />
      <ErrorMessage error={error} shownAtFields={Object.keys(byField)} />
      <div className="form-buttons">
        <button type="submit" className="button" disabled={fetching}>
          {t("training.revision.save")}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t("training.revision.close")}
        </button>
      </div>
    </form>
  );
}
