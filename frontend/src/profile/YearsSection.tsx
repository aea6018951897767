import { useTranslation } from "react-i18next";
import { EmptyState } from "../components/EmptyState";
import { useLabels } from "../i18n";
import { dash, formatNumber } from "../i18n/format";
import type { ProfileEmployee } from "./types";

/** Year by year: the predikat of the final annual SKP, the talent box and the JP completed. */
export function YearsSection({ e }: { e: ProfileEmployee }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const years = [...(e.years ?? [])].sort((a, b) => b.year - a.year);
  return (
    <section className="card" aria-labelledby="years-title">
      <h2 id="years-title">{t("profile.years")}</h2>
      {years.length === 0 ? (
        <EmptyState title={t("profile.noYears")} />
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("profile.year")}</th>
                <th scope="col">{t("employee.predikat")}</th>
                <th scope="col">{t("profile.talentBox")}</th>
                <th scope="col">{t("profile.jp")}</th>
              </tr>
            </thead>
            <tbody>
              {years.map((y) => (
                <tr key={y.id}>
                  <th scope="row">{y.year}</th>
                  <td>{y.predikat ? labels.predikat(y.predikat) : dash}</td>
                  <td>{y.talentBox ? t("profile.box", { box: y.talentBox }) : dash}</td>
                  <td>{formatNumber(y.jpCompleted)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
