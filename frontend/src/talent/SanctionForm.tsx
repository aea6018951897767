import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorMessage } from "../components/ErrorMessage";
import { FieldError } from "../components/FieldError";
import type { SanctionLevel } from "../gql/graphql";
import { fieldErrors } from "../graphql/errors";
import { RecordSanctionDocument } from "./documents";
import { missing } from "./PotentialForm";

const levels: SanctionLevel[] = ["LIGHT", "MODERATE", "HEAVY"];
const fields = ["level", "description", "decreeNumber", "imposedOn", "endsOn"];

/** HR records a disciplinary sanction from its decree; errors show at their field. */
export function SanctionForm({ employeeId, onSaved }: { employeeId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [level, setLevel] = useState<SanctionLevel>("LIGHT");
  const [description, setDescription] = useState("");
  const [decreeNumber, setDecreeNumber] = useState("");
  const [imposedOn, setImposedOn] = useState("");
  const [endsOn, setEndsOn] = useState("");
  const [saved, setSaved] = useState(false);
  const [result, record] = useMutation(RecordSanctionDocument);
  // A blank start date cannot be sent as a Date: it is refused here.
  const [blank, setBlank] = useState(false);
  const errors = blank
    ? { imposedOn: missing(t("talent.sanctionForm.imposedOnMissing")) }
    : fieldErrors(result.error);
  const described = (name: string) => (errors[name] ? `${id}-${name}-error` : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    setBlank(imposedOn === "");
    if (imposedOn === "") return;
    const res = await record({
      employeeID: employeeId,
      input: { level, description, decreeNumber, imposedOn, endsOn: endsOn || null },
    });
    if (res.data) {
      setSaved(true);
      setDescription("");
      setDecreeNumber("");
      onSaved();
    }
  };

  const field = (name: string, label: string, input: ReactNode) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {input}
      <FieldError id={`${id}-${name}-error`} error={errors[name]} />
    </div>
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("talent.sanctionForm.title")}</h3>
      {!blank && <ErrorMessage error={result.error} shownAtFields={fields} />}
      <div className="form-row">
        {field(
          "level",
          t("talent.sanctionForm.level"),
          <select
            id={`${id}-level`}
            value={level}
            onChange={(e) => setLevel(e.target.value as SanctionLevel)}
            aria-describedby={described("level")}
          >
            {levels.map((l) => (
              <option key={l} value={l}>
                {t(`talent.sanctionLevel.${l}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          "decreeNumber",
          t("talent.sanctionForm.decreeNumber"),
          <input
            id={`${id}-decreeNumber`}
            value={decreeNumber}
            onChange={(e) => setDecreeNumber(e.target.value)}
            aria-describedby={described("decreeNumber")}
          />,
        )}
        {field(
          "imposedOn",
          t("talent.sanctionForm.imposedOn"),
          <input
            id={`${id}-imposedOn`}
            type="date"
            value={imposedOn}
            onChange={(e) => setImposedOn(e.target.value)}
            aria-describedby={described("imposedOn")}
          />,
        )}
        {field(
          "endsOn",
          t("talent.sanctionForm.endsOn"),
          <input
            id={`${id}-endsOn`}
            type="date"
            value={endsOn}
            onChange={(e) => setEndsOn(e.target.value)}
            aria-describedby={described("endsOn")}
          />,
        )}
      </div>
      {field(
        "description",
        t("talent.sanctionForm.description"),
        <textarea
          id={`${id}-description`}
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          aria-describedby={described("description")}
        />,
      )}
      <button type="submit" className="button" disabled={result.fetching}>
        {t("talent.sanctionForm.submit")}
      </button>
      <span role="status">{saved ? ` ${t("talent.sanctionForm.saved")}` : ""}</span>
    </form>
  );
}
