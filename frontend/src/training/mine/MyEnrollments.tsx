import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EmptyState } from "../../components/EmptyState";
import type { EnrollmentStatus, TrainingKind } from "../../gql/graphql";
import { useLabels } from "../../i18n";
import { formatDate, formatNumber, todayInJakarta } from "../../i18n/format";
import { CancelButton } from "./CancelButton";

type Enrolment = {
  id: string;
  status: EnrollmentStatus;
  score?: number | null;
  training: {
    id: string;
    title: string;
    kind: TrainingKind;
    hoursJp: number;
    startsOn: string;
    endsOn: string;
    curriculumID?: string | null;
  };
};

/** The viewer's enrolments, latest first: cancel before the start, rate the modules after completion. */
export function MyEnrollments({ enrolments }: { enrolments: Enrolment[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const today = todayInJakarta();
  const rows = [...enrolments].sort((a, b) => b.training.startsOn.localeCompare(a.training.startsOn));
  return (
    <section className="card" aria-labelledby="my-enrolments-title">
      <h2 id="my-enrolments-title">{t("training.mine.enrolments")}</h2>
      {rows.length === 0 ? (
        <EmptyState title={t("training.mine.none")}>
          <Link to="/pelatihan?seats=1">{t("training.mine.findTraining")}</Link>
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="data-table stack-table">
            <thead>
              <tr>
                <th scope="col">{t("training.title")}</th>
                <th scope="col">{t("training.dates")}</th>
                <th scope="col">{t("training.hours")}</th>
                <th scope="col">{t("employee.status")}</th>
                <th scope="col">{t("training.mine.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Link to={`/pelatihan/${e.training.id}`}>{e.training.title}</Link>
                    <span className="hint block">{labels.trainingKind(e.training.kind)}</span>
                  </td>
                  <td data-label={t("training.dates")}>
                    {formatDate(e.training.startsOn)} – {formatDate(e.training.endsOn)}
                  </td>
                  <td data-label={t("training.hours")}>{formatNumber(e.training.hoursJp)}</td>
                  <td data-label={t("employee.status")}>
                    {labels.enrollmentStatus(e.status)}
                    {e.score != null && (
                      <span className="hint block">
                        {t("training.mine.score", { score: formatNumber(e.score) })}
                      </span>
                    )}
                  </td>
                  <td data-label={t("training.mine.actions")}>
                    {e.status === "REGISTERED" && e.training.startsOn >= today && (
                      <CancelButton enrollmentId={e.id} title={e.training.title} />
                    )}
                    {e.status === "COMPLETED" && e.training.curriculumID && (
                      <Link to={`/pelatihan-saya/${e.id}/umpan-balik`}>
                        {t("training.mine.giveFeedback")}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
