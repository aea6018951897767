import "../admin.css";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { useViewer } from "../../auth/viewer";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import { Skeleton } from "../../components/Skeleton";
import type { AdminTalentSettingsQuery } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/errors";
import { AdminTalentSettingsDocument, AdminUpdateTalentSettingsDocument } from "./documents";

type Settings = Omit<AdminTalentSettingsQuery["talentSettings"], "__typename">;
const fields = [
  "minYearsToRetirement",
  "sanctionFreeYears",
  "atRiskYears",
  "maxMentees",
  "newStaffYears",
] as const;

/** The talent settings: everyone signed in reads them, ADMIN changes them. */
export function TalentSettingsPage() {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: AdminTalentSettingsDocument });
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin">{t("admin.back")}</Link>
      </p>
      <h1>{t("admin.talent.title")}</h1>
      <p className="subtitle">{t("admin.talent.intro")}</p>
      <ErrorMessage error={error} />
      {!data && fetching && <Skeleton lines={5} />}
      {data && <SettingsForm settings={data.talentSettings} />}
    </>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const id = useId();
  const [values, setValues] = useState(
    () =>
      Object.fromEntries(fields.map((f) => [f, String(settings[f])])) as Record<
        (typeof fields)[number],
        string
      >,
  );
  const [saved, setSaved] = useState(false);
  const [{ fetching, error }, update] = useMutation(AdminUpdateTalentSettingsDocument);
  const byField = fieldErrors(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    // Only what changed is sent: a value left as it was stays as it is.
    const input = Object.fromEntries(
      fields
        .filter((f) => values[f].trim() !== String(settings[f]))
        .map((f) => [f, Number(values[f].trim())]),
    );
    const res = await update({ input });
    if (!res.error) setSaved(true);
  };
  return (
    <form className="admin-form" onSubmit={submit}>
      {!can.talentSettings && <p className="hint">{t("admin.talent.readOnly")}</p>}
      {fields.map((f) => (
        <div className="field" key={f}>
          <label htmlFor={`${id}-${f}`}>{t(`admin.talent.${f}`)}</label>
          <input
            id={`${id}-${f}`}
            type="number"
            inputMode="numeric"
            value={values[f]}
            readOnly={!can.talentSettings}
            onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
            aria-invalid={Boolean(byField[f])}
            aria-describedby={byField[f] ? `${id}-${f}-error` : undefined}
          />
          <FieldError id={`${id}-${f}-error`} error={byField[f]} />
        </div>
      ))}
      <ErrorMessage error={error} shownAtFields={[...fields]} />
      {saved && (
        <p role="status" className="hint">
          {t("admin.talent.saved")}
        </p>
      )}
      {can.talentSettings && (
        <div className="form-actions">
          <button type="submit" disabled={fetching}>
            {fetching ? t("admin.talent.saving") : t("admin.talent.save")}
          </button>
        </div>
      )}
    </form>
  );
}
