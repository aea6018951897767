import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { EmptyState } from "../components/EmptyState";
import { ErrorMessage } from "../components/ErrorMessage";
import { FieldError } from "../components/FieldError";
import { Skeleton } from "../components/Skeleton";
import { fieldErrors } from "../graphql/errors";
import { useLabels } from "../i18n";
import { dash, formatDate, todayInJakarta } from "../i18n/format";
import { AddMentorshipCheckInDocument, EndMentorshipDocument, MentorshipDocument } from "./documents";

/** One mentorship: the two people, goals, the meeting notes; the steps the viewer may take on it. */
export function MentorshipPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { id = "" } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: MentorshipDocument, variables: { id } });
  const m = data?.node?.__typename === "Mentorship" ? data.node : undefined;
  if (!m) {
    return (
      <>
        <ErrorMessage error={error} />
        {fetching ? (
          <Skeleton lines={6} />
        ) : (
          <EmptyState title={t("mentoring.detail.notFound")}>
            <Link to="/mentoring">{t("mentoring.detail.back")}</Link>
          </EmptyState>
        )}
      </>
    );
  }
  const checkIns = (m.checkIns.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <>
      <p>
        <Link to="/mentoring">{t("mentoring.detail.back")}</Link>
      </p>
      <h1>{t("mentoring.detail.title", { mentee: m.mentee.name ?? dash })}</h1>
      <ErrorMessage error={error} />
      <section className="card" aria-label={t("mentoring.title")}>
        <dl className="facts">
          <dt>{t("mentoring.mentor")}</dt>
          <dd>
            <Link to={`/pegawai/${m.mentor.id}`}>{m.mentor.name ?? dash}</Link>
          </dd>
          <dt>{t("mentoring.mentee")}</dt>
          <dd>
            <Link to={`/pegawai/${m.mentee.id}`}>{m.mentee.name ?? dash}</Link>
          </dd>
          <dt>{t("mentoring.period")}</dt>
          <dd>
            {formatDate(m.startsOn)} – {m.endsOn ? formatDate(m.endsOn) : t("mentoring.ongoing")}
          </dd>
          <dt>{t("mentoring.detail.status")}</dt>
          <dd>{labels.mentorshipStatus(m.status)}</dd>
          <dt>{t("mentoring.goals")}</dt>
          <dd>{m.goals ?? dash}</dd>
          {m.outcome && (
            <>
              <dt>{t("mentoring.detail.outcome")}</dt>
              <dd>{m.outcome}</dd>
            </>
          )}
        </dl>
      </section>
      <section className="card" aria-labelledby="check-ins-title">
        <h2 id="check-ins-title">{t("mentoring.detail.checkIns")}</h2>
        {checkIns.length === 0 ? (
          <EmptyState title={t("mentoring.detail.noCheckIns")} />
        ) : (
          <ul className="plain-list">
            {checkIns.map((c) => (
              <li key={c.id}>
                <span className="hint block">
                  {t("mentoring.detail.by", { name: c.author.name ?? dash, date: formatDate(c.heldOn) })}
                </span>
                <span className="block">{c.note}</span>
              </li>
            ))}
          </ul>
        )}
        {m.viewerCanCheckIn && <CheckInForm mentorshipId={m.id} startsOn={m.startsOn} />}
      </section>
      {m.viewerCanEnd && <EndForm mentorshipId={m.id} />}
    </>
  );
}

function CheckInForm({ mentorshipId, startsOn }: { mentorshipId: string; startsOn: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [heldOn, setHeldOn] = useState(todayInJakarta());
  const [note, setNote] = useState("");
  const [done, setDone] = useState("");
  const [{ fetching, error }, add] = useMutation(AddMentorshipCheckInDocument);
  const byField = fieldErrors(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone("");
    const result = await add({ mentorshipID: mentorshipId, heldOn, note });
    if (!result.data) return;
    setNote("");
    setDone(t("mentoring.checkIn.done"));
  };
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("mentoring.checkIn.title")}</h3>
      <div className="field">
        <label htmlFor={`${id}-on`}>{t("mentoring.checkIn.heldOn")}</label>
        <input
          id={`${id}-on`}
          type="date"
          value={heldOn}
          min={startsOn}
          max={todayInJakarta()}
          onChange={(e) => setHeldOn(e.target.value)}
          aria-invalid={Boolean(byField.heldOn)}
          aria-describedby={byField.heldOn ? `${id}-on-error` : undefined}
        />
        <FieldError id={`${id}-on-error`} error={byField.heldOn} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t("mentoring.checkIn.note")}</label>
        <textarea
          id={`${id}-note`}
          value={note}
          rows={4}
          maxLength={4000}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={Boolean(byField.note)}
          aria-describedby={byField.note ? `${id}-note-error` : undefined}
        />
        <FieldError id={`${id}-note-error`} error={byField.note} />
      </div>
      <ErrorMessage error={error} shownAtFields={["heldOn", "note"]} />
      <button type="submit" className="button" disabled={fetching}>
        {t("mentoring.checkIn.submit")}
      </button>
      <p role="status">{done}</p>
    </form>
  );
}

function EndForm({ mentorshipId }: { mentorshipId: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const id = useId();
  const [status, setStatus] = useState<"COMPLETED" | "CANCELLED">("COMPLETED");
  const [outcome, setOutcome] = useState("");
  const [endsOn, setEndsOn] = useState(todayInJakarta());
  const [{ fetching, error }, end] = useMutation(EndMentorshipDocument);
  const byField = fieldErrors(error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    end({ id: mentorshipId, status, outcome, endsOn });
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("mentoring.end.title")}</h2>
      <form onSubmit={submit} aria-labelledby={`${id}-title`}>
        <fieldset className="inline-choices">
          <legend>{t("mentoring.end.status")}</legend>
          {(["COMPLETED", "CANCELLED"] as const).map((s) => (
            <label key={s} className="checkbox">
              <input
                type="radio"
                name={`${id}-status`}
                checked={status === s}
                onChange={() => setStatus(s)}
              />
              {labels.mentorshipStatus(s)}
            </label>
          ))}
        </fieldset>
        <FieldError id={`${id}-status-error`} error={byField.status} />
        <div className="field">
          <label htmlFor={`${id}-outcome`}>{t("mentoring.end.outcome")}</label>
          <textarea
            id={`${id}-outcome`}
            value={outcome}
            rows={3}
            onChange={(e) => setOutcome(e.target.value)}
            aria-invalid={Boolean(byField.outcome)}
            aria-describedby={byField.outcome ? `${id}-outcome-error` : undefined}
          />
          <FieldError id={`${id}-outcome-error`} error={byField.outcome} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-ends`}>{t("mentoring.end.endsOn")}</label>
          <input
            id={`${id}-ends`}
            type="date"
            value={endsOn}
            onChange={(e) => setEndsOn(e.target.value)}
            aria-invalid={Boolean(byField.endsOn)}
            aria-describedby={byField.endsOn ? `${id}-ends-error` : undefined}
          />
          <FieldError id={`${id}-ends-error`} error={byField.endsOn} />
        </div>
        <ErrorMessage error={error} shownAtFields={["status", "outcome", "endsOn"]} />
        <button type="submit" className="button" disabled={fetching}>
          {t("mentoring.end.submit")}
        </button>
      </form>
    </section>
  );
}
