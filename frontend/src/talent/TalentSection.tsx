import "./talent.css";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useViewer } from "../auth/viewer";
import { EmptyState } from "../components/EmptyState";
import { ErrorMessage } from "../components/ErrorMessage";
import type { PotentialLevel, SanctionLevel } from "../gql/graphql";
import { dash, formatDate, formatNumber } from "../i18n/format";
import { EmployeeTalentDocument } from "./documents";
import { PotentialForm } from "./PotentialForm";
import { SanctionForm } from "./SanctionForm";

/**
 * An employee's potential assessments and disciplinary sanctions, which place them in the 9-box and
 * decide the succession lists; HR (and ADMIN) record both here.
 */
export function TalentSection({ employeeId, onRecorded }: { employeeId: string; onRecorded: () => void }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const [{ data, error }, refetch] = useQuery({
    query: EmployeeTalentDocument,
    variables: { id: employeeId },
  });
  const e = data?.node?.__typename === "Employee" ? data.node : undefined;
  const potentials = [...(e?.potentialAssessments ?? [])].sort((a, b) => b.year - a.year);
  const sanctions = [...(e?.sanctions ?? [])].sort((a, b) => b.imposedOn.localeCompare(a.imposedOn));
  const recorded = () => {
    refetch({ requestPolicy: "network-only" });
    onRecorded();
  };
  return (
    <section className="card talent-records" aria-labelledby="talent-records-title">
      <h2 id="talent-records-title">{t("talent.profile.title")}</h2>
      <ErrorMessage error={error} />
      <h3>{t("talent.profile.potentials")}</h3>
      {potentials.length === 0 ? (
        <EmptyState title={t("talent.profile.noPotentials")} />
      ) : (
        <ul className="plain-list potentials">
          {potentials.map((p) => (
            <li key={p.id}>
              <strong>{p.year}</strong> · {t(`talent.potentialLevel.${p.level satisfies PotentialLevel}`)} ·{" "}
              {t("talent.profile.score", { score: formatNumber(p.score) })} · {p.method}
            </li>
          ))}
        </ul>
      )}
      <h3>{t("talent.profile.sanctions")}</h3>
      {sanctions.length === 0 ? (
        <EmptyState title={t("talent.profile.noSanctions")} />
      ) : (
        <ul className="plain-list sanctions">
          {sanctions.map((s) => (
            <li key={s.id}>
              <strong>{t(`talent.sanctionLevel.${s.level satisfies SanctionLevel}`)}</strong> ·{" "}
              {formatDate(s.imposedOn)}
              {s.endsOn && ` ${t("talent.profile.until", { date: formatDate(s.endsOn) })}`}
              <span className="block">{s.description ?? dash}</span>
              {s.decreeNumber && (
                <span className="block hint">{t("talent.profile.decree", { number: s.decreeNumber })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {can.recordTalent && (
        <>
          <PotentialForm employeeId={employeeId} onSaved={recorded} />
          <SanctionForm employeeId={employeeId} onSaved={recorded} />
        </>
      )}
    </section>
  );
}
