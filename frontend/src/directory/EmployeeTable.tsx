import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Permissions } from "../auth/permissions";
import type { DirectoryQuery } from "../gql/graphql";
import { useLabels } from "../i18n";
import { dash, formatDate } from "../i18n/format";

type Row = NonNullable<NonNullable<NonNullable<DirectoryQuery["employees"]["edges"]>[number]>["node"]>;

/**
 * One page of employees. Columns the viewer's role never reads are left out; a value it may not read
 * on one row (a colleague's rank, for a supervisor) shows as "—".
 */
export function EmployeeTable({ rows, can }: { rows: Row[]; can: Permissions }) {
  const { t } = useTranslation();
  // An employee reads only their own NIP: a column of dashes would tell them nothing.
  const nipColumn = can.personalFields && can.recordFields;
  const labels = useLabels();
  const rank = (e: Row) =>
    e.rank ? labels.rank(e.rank) : e.pppkGrade ? labels.pppkGrade(e.pppkGrade) : dash;
  return (
    <div className="table-scroll">
      <table className="data-table employee-table">
        <caption className="visually-hidden">{t("directory.tableCaption")}</caption>
        <thead>
          <tr>
            {can.names && <th scope="col">{t("employee.name")}</th>}
            {nipColumn && <th scope="col">{t("employee.nip")}</th>}
            <th scope="col">{t("employee.position")}</th>
            <th scope="col">{t("employee.unit")}</th>
            {can.recordFields && (
              <>
                <th scope="col">{t("employee.rank")}</th>
                <th scope="col">{t("employee.latestPredikat")}</th>
                <th scope="col">{t("employee.retirementDate")}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id}>
              {can.names && (
                <td data-label={t("employee.name")}>
                  <Link to={`/pegawai/${e.id}`}>{e.name ?? t("directory.openProfile")}</Link>
                </td>
              )}
              {nipColumn && (
                <td className="nip" data-label={t("employee.nip")}>
                  {e.nip ?? dash}
                </td>
              )}
              <td data-label={t("employee.position")}>
                {can.names ? (
                  (e.position?.title ?? dash)
                ) : (
                  <Link to={`/pegawai/${e.id}`}>{e.position?.title ?? t("directory.openProfile")}</Link>
                )}
                {e.position && <span className="hint block">{labels.positionKind(e.position.kind)}</span>}
              </td>
              <td data-label={t("employee.unit")}>{e.unit.name}</td>
              {can.recordFields && (
                <>
                  <td data-label={t("employee.rank")}>{rank(e)}</td>
                  <td data-label={t("employee.latestPredikat")}>
                    {e.latestPredikat ? labels.predikat(e.latestPredikat) : dash}
                  </td>
                  <td data-label={t("employee.retirementDate")}>{formatDate(e.retirementDate)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
