import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { AuditEntryFieldsFragment } from "../gql/graphql";
import { ChangesView } from "./ChangesView";
import { formatDateTime } from "./format";

type Props = {
  entries: AuditEntryFieldsFragment[];
  /** Whether to name the record changed; the employee's own page knows it is theirs. */
  showRecord?: boolean;
};

/** Entries newest first; each opens to its changes, old and new side by side. */
export function AuditTable({ entries, showRecord = true }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const columns = showRecord ? 5 : 4;
  return (
    <div className="table-scroll">
      <table className="data-table audit-table">
        <thead>
          <tr>
            <th scope="col">{t("audit.columns.at")}</th>
            <th scope="col">{t("audit.columns.actor")}</th>
            <th scope="col">{t("audit.columns.action")}</th>
            {showRecord && <th scope="col">{t("audit.columns.entity")}</th>}
            <th scope="col">{t("audit.columns.changes")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const expanded = open === e.id;
            const count = e.changes?.length ?? 0;
            return (
              <Fragment key={e.id}>
                <tr>
                  <td>
                    <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                  </td>
                  <td>
                    {e.actorDisplayName}
                    {e.actorName && e.actorName !== e.actorDisplayName && (
                      <span className="hint"> ({e.actorName})</span>
                    )}
                  </td>
                  <td>{t(`audit.actions.${e.action}`, { defaultValue: e.action })}</td>
                  {showRecord && (
                    <td>
                      {t(`audit.entities.${e.entityType}`, { defaultValue: e.entityType })}
                      <br />
                      {e.entityType === "Employee" ? (
                        <Link to={`/pegawai/${e.entityID}`} className="hint">
                          {e.entityID}
                        </Link>
                      ) : (
                        <span className="hint">{e.entityID}</span>
                      )}
                    </td>
                  )}
                  <td>
                    {count > 0 && (
                      <button
                        type="button"
                        className="button-secondary"
                        aria-expanded={expanded}
                        aria-controls={`changes-${e.id}`}
                        onClick={() => setOpen(expanded ? null : e.id)}
                      >
                        {expanded ? t("audit.hide") : t("audit.show")} · {t("audit.fieldCount", { count })}
                      </button>
                    )}
                  </td>
                </tr>
                {expanded && (
                  <tr id={`changes-${e.id}`} className="audit-changes-row">
                    <td colSpan={columns}>
                      <ChangesView changes={e.changes ?? []} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
