import { useTranslation } from "react-i18next";
import { EmptyState } from "../components/EmptyState";
import { useLabels } from "../i18n";
import { dash, formatDate, formatNumber } from "../i18n/format";
import type { ProfileEmployee } from "./types";

/** Every PNS has the right to at least 20 lesson hours (JP) of development a year. */
const requiredJP = 20;

type Props = { e: ProfileEmployee; year: number; years: number[]; onYear: (year: number) => void };

/** The year's development: JP completed against the 20 JP right, the talent box, and the trainings. */
export function JpLedger({ e, year, years, onYear }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const enrollments = (e.enrollments.edges ?? []).flatMap((edge) => (edge?.node ? [edge.node] : []));
  const jp = e.jpCompleted;
  return (
    <section className="card" aria-labelledby="jp-title">
      <div className="card-header">
        <h2 id="jp-title">{t("profile.jpLedger", { year })}</h2>
        <label className="inline-field">
          {t("profile.year")}
          <select value={year} onChange={(ev) => onYear(Number(ev.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <dl className="facts">
        <div>
          <dt>{t("profile.jpCompleted")}</dt>
          <dd>
            {jp == null ? dash : t("profile.jpOf", { jp: formatNumber(jp), required: requiredJP })}
            {jp != null && (
              <meter className="jp-meter" min={0} max={requiredJP} value={Math.min(jp, requiredJP)} />
            )}
          </dd>
        </div>
        <div>
          <dt>{t("profile.talentBox")}</dt>
          <dd>
            {e.talentBox
              ? `${t("profile.box", { box: e.talentBox })} — ${labels.talentBox(e.talentBox)}`
              : dash}
          </dd>
        </div>
      </dl>
      {enrollments.length === 0 ? (
        <EmptyState title={t("profile.noEnrollments")} />
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("profile.training")}</th>
                <th scope="col">{t("profile.dates")}</th>
                <th scope="col">{t("profile.jp")}</th>
                <th scope="col">{t("employee.status")}</th>
              </tr>
            </thead>
            <tbody>
              {enrollments.map((en) => (
                <tr key={en.id}>
                  <td>
                    {en.training.title}
                    <span className="hint block">{labels.trainingKind(en.training.kind)}</span>
                  </td>
                  <td>
                    {formatDate(en.training.startsOn)} – {formatDate(en.training.endsOn)}
                  </td>
                  <td>{formatNumber(en.training.hoursJp)}</td>
                  <td>{labels.enrollmentStatus(en.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
