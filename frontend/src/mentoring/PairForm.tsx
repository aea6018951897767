import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { useViewer } from "../auth/viewer";
import { ErrorMessage } from "../components/ErrorMessage";
import { FieldError } from "../components/FieldError";
import { fieldErrors } from "../graphql/errors";
import { todayInJakarta } from "../i18n/format";
import { CreateMentorshipDocument } from "./documents";
import { type Person, PersonPicker } from "./PersonPicker";

type Props = {
  mentee: Person | null;
  onMentee: (p: Person | null) => void;
};

const fields = ["mentorID", "menteeID", "goals", "startsOn"];

/** HR, ADMIN and supervisors pair a mentor and a mentee; a rule the pair breaks is told at its field. */
export function PairForm({ mentee, onMentee }: Props) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const id = useId();
  const [mentor, setMentor] = useState<Person | null>(null);
  const [goals, setGoals] = useState("");
  const [startsOn, setStartsOn] = useState(todayInJakarta());
  const [done, setDone] = useState("");
  const [{ fetching, error }, create] = useMutation(CreateMentorshipDocument);
  const byField = fieldErrors(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone("");
    if (!mentor || !mentee) return;
    const result = await create(
      { input: { mentorID: mentor.id, menteeID: mentee.id, goals, startsOn } },
      { additionalTypenames: ["Mentorship", "Employee"] },
    );
    if (!result.data) return;
    setDone(t("mentoring.pair.done", { mentor: mentor.name, mentee: mentee.name }));
    setMentor(null);
    onMentee(null);
    setGoals("");
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`} id="pair-form">
      <h2 id={`${id}-title`}>{t("mentoring.pair.title")}</h2>
      <p className="hint">
        {t("mentoring.pair.hint", { nip: viewer.can.searchByNip ? t("mentoring.pair.nip") : "" })}
      </p>
      <form onSubmit={submit} aria-labelledby={`${id}-title`}>
        <PersonPicker
          label={t("mentoring.mentee")}
          value={mentee}
          onChange={onMentee}
          error={byField.menteeID}
        />
        <PersonPicker
          label={t("mentoring.mentor")}
          value={mentor}
          onChange={setMentor}
          error={byField.mentorID}
        />
        <div className="field">
          <label htmlFor={`${id}-goals`}>{t("mentoring.pair.goals")}</label>
          <textarea
            id={`${id}-goals`}
            value={goals}
            rows={3}
            onChange={(e) => setGoals(e.target.value)}
            aria-invalid={Boolean(byField.goals)}
            aria-describedby={byField.goals ? `${id}-goals-error` : undefined}
          />
          <FieldError id={`${id}-goals-error`} error={byField.goals} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-starts`}>{t("mentoring.pair.startsOn")}</label>
          <input
            id={`${id}-starts`}
            type="date"
            value={startsOn}
            onChange={(e) => setStartsOn(e.target.value)}
            aria-invalid={Boolean(byField.startsOn)}
            aria-describedby={byField.startsOn ? `${id}-starts-error` : undefined}
          />
          <FieldError id={`${id}-starts-error`} error={byField.startsOn} />
        </div>
        <ErrorMessage error={error} shownAtFields={fields} />
        <button type="submit" className="button" disabled={fetching || !mentor || !mentee}>
          {fetching ? t("mentoring.pair.submitting") : t("mentoring.pair.submit")}
        </button>
        <p role="status">{done}</p>
      </form>
    </section>
  );
}
