import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AuditFilters, entityTypes, plainActions } from "./filters";

type Props = {
  filters: AuditFilters;
  onApply: (f: AuditFilters) => void;
};

/** The trail's filters, applied together (each typed value would otherwise ask the server). */
export function AuditFilterForm({ filters, onApply }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(filters);
  const set = (k: keyof AuditFilters) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [k]: e.target.value.trim() || undefined }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply({ ...draft, after: undefined, before: undefined });
  };
  return (
    <search>
      <form className="audit-filters" onSubmit={submit}>
        <div className="audit-filter-grid">
          <div className="field">
            <label htmlFor={`${id}-entity`}>{t("audit.filters.entity")}</label>
            <select id={`${id}-entity`} value={draft.entity ?? ""} onChange={set("entity")}>
              <option value="">{t("audit.filters.any")}</option>
              {entityTypes.map((e) => (
                <option key={e} value={e}>
                  {t(`audit.entities.${e}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-record`}>{t("audit.filters.entityID")}</label>
            <input id={`${id}-record`} value={draft.id ?? ""} onChange={set("id")} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-actor`}>{t("audit.filters.actor")}</label>
            <input
              id={`${id}-actor`}
              value={draft.actor ?? ""}
              onChange={set("actor")}
              autoCapitalize="none"
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-action`}>{t("audit.filters.action")}</label>
            <input
              id={`${id}-action`}
              list={`${id}-actions`}
              value={draft.action ?? ""}
              onChange={set("action")}
              autoCapitalize="none"
            />
            <datalist id={`${id}-actions`}>
              {plainActions.map((a) => (
                <option key={a} value={a}>
                  {t(`audit.actions.${a}`)}
                </option>
              ))}
            </datalist>
          </div>
          <div className="field">
            <label htmlFor={`${id}-from`}>{t("audit.filters.from")}</label>
            <input id={`${id}-from`} type="date" value={draft.from ?? ""} onChange={set("from")} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t("audit.filters.to")}</label>
            <input id={`${id}-to`} type="date" value={draft.to ?? ""} onChange={set("to")} />
          </div>
        </div>
        <div className="filter-actions">
          <button type="submit" className="button">
            {t("audit.filters.apply")}
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setDraft({});
              onApply({});
            }}
          >
            {t("audit.filters.clear")}
          </button>
        </div>
      </form>
    </search>
  );
}
