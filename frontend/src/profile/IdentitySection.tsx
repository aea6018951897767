import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Permissions } from "../auth/permissions";
import { useLabels } from "../i18n";
import { dash, formatDate, formatNumber } from "../i18n/format";
import type { ProfileEmployee } from "./types";

type Fact = [term: string, value: ReactNode];

/** Who the employee is and where they stand: rank, post, unit, superior, retirement. */
export function IdentitySection({ e, can }: { e: ProfileEmployee; can: Permissions }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const rank = e.rank ? labels.rank(e.rank) : e.pppkGrade ? labels.pppkGrade(e.pppkGrade) : dash;
  const position = e.position
    ? [
        e.position.title,
        labels.positionKind(e.position.kind),
        e.position.functionalLevel && labels.functionalLevel(e.position.functionalLevel),
      ]
        .filter(Boolean)
        .join(" · ")
    : dash;
  const personal: Fact[] = can.personalFields
    ? [
        [t("employee.nip"), e.nip ?? dash],
        [
          t("employee.birthDate"),
          e.age != null
            ? `${formatDate(e.birthDate)} (${t("profile.age", { count: e.age })})`
            : formatDate(e.birthDate),
        ],
        [t("employee.email"), e.email || dash],
      ]
    : [];
  const items: Fact[] = [
    ...personal,
    [t("employee.gender"), e.gender ? labels.gender(e.gender) : dash],
    [t("employee.employmentType"), e.employmentType ? labels.employmentType(e.employmentType) : dash],
    [t("employee.status"), e.status ? labels.employeeStatus(e.status) : dash],
    [t("employee.rank"), rank],
    [
      t("employee.rankSince"),
      e.yearsInRank != null
        ? `${formatDate(e.rankSince)} (${t("profile.yearsInRank", { count: e.yearsInRank })})`
        : formatDate(e.rankSince),
    ],
    [t("employee.education"), e.education ? labels.education(e.education) : dash],
    [t("employee.hiredAt"), formatDate(e.hiredAt)],
    [t("employee.position"), position],
    [t("employee.jobClass"), e.position ? formatNumber(e.position.jobClass) : dash],
    [t("employee.unit"), e.unit.parent ? `${e.unit.name} — ${e.unit.parent.name}` : e.unit.name],
    [
      t("employee.supervisor"),
      e.supervisor ? (
        <Link key="supervisor" to={`/pegawai/${e.supervisor.id}`}>
          {e.supervisor.name ?? e.supervisor.position?.title ?? t("directory.openProfile")}
        </Link>
      ) : (
        dash
      ),
    ],
    [t("employee.retirementDate"), formatDate(e.retirementDate)],
    [t("employee.latestPredikat"), e.latestPredikat ? labels.predikat(e.latestPredikat) : dash],
  ];
  return (
    <section className="card" aria-labelledby="identity-title">
      <h2 id="identity-title">{t("profile.identity")}</h2>
      <dl className="facts">
        {items.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
