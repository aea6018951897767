import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../components/EmptyState";
import { ErrorMessage } from "../components/ErrorMessage";
import { Skeleton } from "../components/Skeleton";
import { dash, formatDate } from "../i18n/format";
import { PositionsAtRiskDocument } from "./documents";

/** The unit's posts whose holder retires within the settings' years with no succession candidate. */
export function PositionsAtRisk({ unitId, year }: { unitId: string | undefined; year: number }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({
    query: PositionsAtRiskDocument,
    variables: { unitID: unitId, year },
    requestPolicy: "cache-and-network",
  });
  const risks = data?.positionsAtRisk ?? [];
  return (
    <section className="card positions-at-risk" aria-labelledby="at-risk-title">
      <h2 id="at-risk-title">{t("talent.risk.title")}</h2>
      {data && <p className="hint">{t("talent.risk.intro", { years: data.talentSettings.atRiskYears })}</p>}
      <ErrorMessage error={error} />
      {!data ? (
        fetching && <Skeleton lines={4} />
      ) : risks.length === 0 ? (
        <EmptyState title={t("talent.risk.none")} />
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("talent.risk.position")}</th>
                <th scope="col">{t("talent.risk.holder")}</th>
                <th scope="col">{t("talent.risk.retirement")}</th>
                <th scope="col">{t("talent.risk.pool")}</th>
              </tr>
            </thead>
            <tbody>
              {risks.map((r) => (
                <tr key={`${r.position.id}-${r.holder.id}`}>
                  <th scope="row">
                    <Link to={`/suksesi/${r.position.id}?tahun=${year}`}>{r.position.title}</Link>
                    <span className="block hint">{r.position.unit.name}</span>
                  </th>
                  <td>
                    <Link to={`/pegawai/${r.holder.id}`}>{r.holder.name ?? dash}</Link>
                  </td>
                  <td>{formatDate(r.retirement)}</td>
                  <td>{r.pool}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
