import { useTranslation } from "react-i18next";
import type { AuditEntryFieldsFragment } from "../gql/graphql";

type Change = NonNullable<AuditEntryFieldsFragment["changes"]>[number];

/** The fields one write changed, the value before beside the value after. */
export function ChangesView({ changes }: { changes: Change[] }) {
  const { t } = useTranslation();
  const value = (v: string | null | undefined) =>
    v == null ? <span className="hint">{t("audit.change.none")}</span> : v;
  return (
    <table className="changes-table">
      <thead>
        <tr>
          <th scope="col">{t("audit.change.field")}</th>
          <th scope="col">{t("audit.change.old")}</th>
          <th scope="col">{t("audit.change.new")}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field}>
            <th scope="row">
              <code>{c.field}</code>
            </th>
            <td className="change-old">{value(c.old)}</td>
            <td className="change-new">{value(c.new)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
