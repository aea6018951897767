import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { useViewer } from "../auth/viewer";
import { EmptyState } from "../components/EmptyState";
import { ErrorMessage } from "../components/ErrorMessage";
import { DashboardToolbar } from "./DashboardToolbar";
import { DeleteDashboardDocument, SaveDashboardDocument } from "./documents";
import { EditPanel } from "./EditPanel";
import { FilterBar } from "./FilterBar";
import { add, move, remove, resize } from "./layout";
import { type Dashboard, type DashboardFilters, newWidget, toSaveInput, type Widget } from "./model";
import { SharePanel } from "./SharePanel";
import { WidgetCard } from "./WidgetCard";
import { WidgetGrid } from "./WidgetGrid";

type Props = {
  /** The dashboard as saved (or the role's default, or a new one, unsaved). */
  initial: Dashboard;
  saved: Dashboard[];
  filters: DashboardFilters;
  thisYear: number;
  onFilters: (f: DashboardFilters) => void;
  /** Open another dashboard: a saved one by id, "new" for an empty one. */
  onOpen: (id: string) => void;
  /** The saved dashboards changed: reload them, and open this one (none after a delete). */
  onSaved: (openId?: string) => void;
};

const sameShape = (a: Dashboard, b: Dashboard) =>
  JSON.stringify(toSaveInput(a)) === JSON.stringify(toSaveInput(b));

/** One dashboard open: its widgets on the grid, and for its owner the changes, saving, sharing and deleting. */
export function DashboardEditor({ initial, saved, filters, thisYear, onFilters, onOpen, onSaved }: Props) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [draft, setDraft] = useState(initial);
  const [editing, setEditing] = useState(initial.mine && initial.widgets.length === 0);
  const [sharing, setSharing] = useState(false);
  const [saving, save] = useMutation(SaveDashboardDocument);
  const [deleting, del] = useMutation(DeleteDashboardDocument);
  const changed = !sameShape(draft, initial);
  const scopePath = viewer.scopeUnit?.path ?? undefined;

  const setWidgets = (change: (widgets: Widget[]) => Widget[]) =>
    setDraft((d) => ({ ...d, widgets: change(d.widgets) }));
  const leave = (go: () => void) => {
    if (!changed || window.confirm(t("dashboard.discard"))) go();
  };
  const onSave = async () => {
    const result = await save({ input: toSaveInput(draft) });
    if (result.data) {
      setEditing(false);
      onSaved(result.data.saveDashboard.id);
    }
  };
  const onDelete = async () => {
    if (!initial.id || !window.confirm(t("dashboard.confirmDelete", { name: initial.name }))) return;
    const result = await del({ id: initial.id });
    if (!result.error) onSaved();
  };

  return (
    <>
      <h1>{draft.name || t("dashboard.title")}</h1>
      <DashboardToolbar
        saved={saved}
        current={initial}
        editing={editing}
        dirty={changed || !initial.id}
        busy={saving.fetching || deleting.fetching}
        canShare={viewer.can.shareDashboards}
        sharing={sharing}
        onPick={(id) => leave(() => onOpen(id))}
        onEdit={setEditing}
        onSave={onSave}
        onShare={() => setSharing((s) => !s)}
        onDelete={onDelete}
        onNew={() => leave(() => onOpen("new"))}
      />
      <ErrorMessage error={saving.error ?? deleting.error} />
      {sharing && initial.id && (
        <SharePanel
          dashboard={{ ...initial, id: initial.id }}
          scopePath={scopePath}
          onShared={() => onSaved(initial.id)}
        />
      )}
      {initial.sharedWith && !sharing && (
        <p className="hint">{t("dashboard.share.sharedWith", { unit: initial.sharedWith.name })}</p>
      )}
      {editing && (
        <EditPanel
          name={draft.name}
          onRename={(name) => setDraft((d) => ({ ...d, name }))}
          onAdd={(kind) => setWidgets((ws) => add(ws, newWidget(kind, ws)))}
        />
      )}
      <FilterBar filters={filters} thisYear={thisYear} scopePath={scopePath} onChange={onFilters} />
      {draft.widgets.length === 0 ? (
        <EmptyState title={t("dashboard.noWidgets")} />
      ) : (
        <WidgetGrid
          widgets={draft.widgets}
          editing={editing}
          onChange={(widgets) => setWidgets(() => widgets)}
        >
          {(w) => (
            <WidgetCard
              widget={w}
              filters={filters}
              thisYear={thisYear}
              editing={editing}
              scopePath={scopePath}
              onChange={(changedWidget) =>
                setWidgets((ws) => ws.map((x) => (x.id === w.id ? changedWidget : x)))
              }
              onMove={(direction) => setWidgets((ws) => move(ws, w.id, direction))}
              onResize={(how) => setWidgets((ws) => resize(ws, w.id, how))}
              onRemove={() => setWidgets((ws) => remove(ws, w.id))}
            />
          )}
        </WidgetGrid>
      )}
    </>
  );
}
