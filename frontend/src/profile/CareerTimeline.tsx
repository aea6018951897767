import { useTranslation } from "react-i18next";
import { EmptyState } from "../components/EmptyState";
import { useLabels } from "../i18n";
import { formatDate } from "../i18n/format";
import type { ProfileEmployee } from "./types";

/** The career history, newest first: promotions, posts, transfers, trainings, predikat. */
export function CareerTimeline({ e }: { e: ProfileEmployee }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const events = (e.careerEvents.edges ?? []).flatMap((edge) => (edge?.node ? [edge.node] : []));
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("profile.timeline")}</h2>
      {events.length === 0 ? (
        <EmptyState title={t("profile.noEvents")} />
      ) : (
        <ol className="timeline">
          {events.map((ev) => (
            <li key={ev.id}>
              <time dateTime={ev.effectiveDate}>{formatDate(ev.effectiveDate)}</time>
              <div>
                <strong>{labels.careerEventKind(ev.kind)}</strong>
                {(ev.fromValue || ev.toValue) && (
                  <span className="block">
                    {ev.fromValue ? `${ev.fromValue} → ` : ""}
                    {ev.toValue}
                  </span>
                )}
                {ev.decreeNumber && (
                  <span className="hint block">{t("profile.decree", { number: ev.decreeNumber })}</span>
                )}
                {ev.reason && <span className="hint block">{ev.reason}</span>}
              </div>
            </li>
          ))}
        </ol>
      )}
      {e.careerEvents.totalCount > events.length && (
        <p className="hint">
          {t("profile.moreEvents", { count: e.careerEvents.totalCount - events.length })}
        </p>
      )}
    </section>
  );
}
