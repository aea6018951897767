import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EmptyState } from "../components/EmptyState";
import { useLabels } from "../i18n";
import { dash, formatDate } from "../i18n/format";
import type { ProfileEmployee } from "./types";

/** Mentorships in both roles: as the mentor of others and as a mentee. */
export function MentorshipsSection({ e }: { e: ProfileEmployee }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const rows = [
    ...(e.mentorshipsAsMentor ?? []).map((m) => ({ ...m, role: t("profile.asMentor"), other: m.mentee })),
    ...(e.mentorshipsAsMentee ?? []).map((m) => ({ ...m, role: t("profile.asMentee"), other: m.mentor })),
  ].sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  return (
    <section className="card" aria-labelledby="mentorships-title">
      <h2 id="mentorships-title">{t("profile.mentorships")}</h2>
      {rows.length === 0 ? (
        <EmptyState title={t("profile.noMentorships")} />
      ) : (
        <ul className="plain-list">
          {rows.map((m) => (
            <li key={m.id}>
              <strong>{m.role}</strong>{" "}
              <Link to={`/pegawai/${m.other.id}`}>{m.other.name ?? t("directory.openProfile")}</Link>
              <span className="block hint">
                {formatDate(m.startsOn)} – {m.endsOn ? formatDate(m.endsOn) : t("profile.ongoing")} ·{" "}
                {labels.mentorshipStatus(m.status)}
              </span>
              <span className="block">{m.goals ?? dash}</span>
              <Link
                to={`/mentoring/${m.id}`}
                aria-label={`${t("mentoring.open")}: ${m.role} ${m.other.name ?? ""}`}
              >
                {t("mentoring.open")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
