import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EmptyState } from "../../components/EmptyState";
import type { TrainingDetailQuery } from "../../gql/graphql";
import { useLabels } from "../../i18n";
import { dash, formatNumber } from "../../i18n/format";
import { ParticipantActions } from "./ParticipantActions";

type Training = Extract<NonNullable<TrainingDetailQuery["node"]>, { __typename: "Training" }>;

/** HR's list of a training's participants, by name, with attendance and outcome to record. */
export function Participants({ participants }: { participants: NonNullable<Training["participants"]> }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const rows = (participants.edges ?? [])
    .flatMap((e) => (e?.node ? [e.node] : []))
    .sort((a, b) => (a.employee.name ?? "").localeCompare(b.employee.name ?? "", "id"));
  return (
    <section className="card" aria-labelledby="participants-title">
      <h2 id="participants-title">
        {t("training.participants.title", {
          count: participants.totalCount,
          formatted: formatNumber(participants.totalCount),
        })}
      </h2>
      {rows.length === 0 ? (
        <EmptyState title={t("training.participants.none")} />
      ) : (
        <div className="table-scroll">
          <table className="data-table stack-table">
            <thead>
              <tr>
                <th scope="col">{t("employee.name")}</th>
                <th scope="col">{t("employee.unit")}</th>
                <th scope="col">{t("employee.status")}</th>
                <th scope="col">{t("training.participants.score")}</th>
                <th scope="col">{t("training.participants.next")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => {
                const name = e.employee.name ?? dash;
                return (
                  <tr key={e.id}>
                    <td>
                      <Link to={`/pegawai/${e.employee.id}`}>{name}</Link>
                      {e.employee.nip && <span className="hint block nip">{e.employee.nip}</span>}
                      {e.nominated && (
                        <span className="hint block">{t("training.participants.nominated")}</span>
                      )}
                    </td>
                    <td data-label={t("employee.unit")}>{e.employee.unit.name}</td>
                    <td data-label={t("employee.status")}>{labels.enrollmentStatus(e.status)}</td>
                    <td data-label={t("training.participants.score")}>{formatNumber(e.score)}</td>
                    <td data-label={t("training.participants.next")}>
                      <ParticipantActions enrollment={e} name={name} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
