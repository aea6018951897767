import { useTranslation } from "react-i18next";
import type { Dashboard } from "./model";

type Props = {
  /** The dashboards the viewer may open: its own and those shared with it. */
  saved: Dashboard[];
  current: Dashboard;
  editing: boolean;
  dirty: boolean;
  busy: boolean;
  /** Whether the viewer's role may share dashboards (an analyst may not). */
  canShare: boolean;
  sharing: boolean;
  onPick: (id: string) => void;
  onEdit: (editing: boolean) => void;
  onSave: () => void;
  onShare: () => void;
  onDelete: () => void;
  onNew: () => void;
};

/** Which dashboard is open, and what its owner can do with it; a shared one is read-only. */
export function DashboardToolbar(p: Props) {
  const { t } = useTranslation();
  const { current } = p;
  const own = p.saved.filter((d) => d.mine);
  const shared = p.saved.filter((d) => !d.mine);
  return (
    <div className="dashboard-toolbar">
      <div className="field">
        <label htmlFor="dashboard-pick">{t("dashboard.pick")}</label>
        <select id="dashboard-pick" value={current.id ?? ""} onChange={(e) => p.onPick(e.target.value)}>
          {!current.id && <option value="">{t("dashboard.unsaved", { name: current.name })}</option>}
          {own.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
          {shared.length > 0 && (
            <optgroup label={t("dashboard.sharedWithYou")}>
              {shared.map((d) => (
                <option key={d.id} value={d.id}>
                  {t("dashboard.byOwner", { name: d.name, owner: d.ownerName })}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      <div className="toolbar-buttons">
        {current.mine ? (
          <>
            <button
              type="button"
              className="button-secondary"
              aria-pressed={p.editing}
              onClick={() => p.onEdit(!p.editing)}
            >
              {p.editing ? t("dashboard.doneEditing") : t("dashboard.edit")}
            </button>
            <button type="button" className="button" disabled={!p.dirty || p.busy} onClick={p.onSave}>
              {t("dashboard.save")}
            </button>
            {current.id && p.canShare && (
              <button
                type="button"
                className="button-secondary"
                aria-expanded={p.sharing}
                onClick={p.onShare}
              >
                {t("dashboard.share.button")}
              </button>
            )}
            {current.id && (
              <button type="button" className="button-secondary" disabled={p.busy} onClick={p.onDelete}>
                {t("dashboard.delete")}
              </button>
            )}
          </>
        ) : (
          <p className="hint">{t("dashboard.readOnly", { owner: current.ownerName })}</p>
        )}
        <button type="button" className="button-secondary" onClick={p.onNew}>
          {t("dashboard.new")}
        </button>
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          {t("dashboard.print")}
        </button>
      </div>
    </div>
  );
}
