import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { WidgetKind } from "../gql/graphql";
import { widgetKinds } from "./model";

type Props = {
  name: string;
  onRename: (name: string) => void;
  onAdd: (kind: WidgetKind) => void;
};

/** While the owner edits: the dashboard's name, and a widget of a chosen kind to add. */
export function EditPanel({ name, onRename, onAdd }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<WidgetKind>("HEADCOUNT");
  return (
    <div className="edit-panel">
      <div className="field">
        <label htmlFor="dashboard-name">{t("dashboard.name")}</label>
        <input
          id="dashboard-name"
          value={name}
          maxLength={120}
          required
          onChange={(e) => onRename(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="dashboard-add-kind">{t("dashboard.addKind")}</label>
        <div className="search-row">
          <select
            id="dashboard-add-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as WidgetKind)}
          >
            {widgetKinds.map((k) => (
              <option key={k} value={k}>
                {t(`dashboard.kinds.${k}`)}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={() => onAdd(kind)}>
            {t("dashboard.addWidget")}
          </button>
        </div>
      </div>
    </div>
  );
}
