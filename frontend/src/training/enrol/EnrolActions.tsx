import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { useViewer } from "../../auth/viewer";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import type { EnrollmentStatus, TrainingStatus } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/errors";
import { useLabels } from "../../i18n";
import { todayInJakarta } from "../../i18n/format";
import { openForEnrolment } from "../seats";
import { EnrollInTrainingDocument } from "./documents";
import { NominatePanel } from "./NominatePanel";

type Props = {
  training: {
    id: string;
    title: string;
    status: TrainingStatus;
    startsOn: string;
    capacity: number;
    seatsTaken: number;
  };
  /** The viewer's own enrolment in it, if they have one. */
  mine?: { status: EnrollmentStatus };
  /**
   * Tells the page what was done, where a list may drop the training once done (its last seat taken);
   * without it, the message shows here.
   */
  onDone?: (message: string) => void;
};

/**
 * Enrol oneself, or nominate someone, while the training takes enrolments. Only what the viewer may
 * do is offered; the API's reason for a refusal (full, already enrolled) shows next to the button.
 */
export function EnrolActions({ training, mine, onDone }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const viewer = useViewer();
  const errorId = useId();
  const [nominating, setNominating] = useState(false);
  const [message, setMessage] = useState<string>();
  const [{ fetching, error }, enrol] = useMutation(EnrollInTrainingDocument);
  const announce = (m: string) => (onDone ? onDone(m) : setMessage(m));
  const open = openForEnrolment(training, todayInJakarta());
  const byField = fieldErrors(error);
  return (
    <div className="enrol-actions">
      <div className="enrol-buttons">
        {mine ? (
          <p className="enrol-mine">
            {t("training.enrol.yours", { status: labels.enrollmentStatus(mine.status) })}
          </p>
        ) : (
          viewer.employee &&
          open && (
            <button
              type="button"
              className="button"
              disabled={fetching}
              aria-describedby={byField.trainingID ? errorId : undefined}
              onClick={async () => {
                const result = await enrol({ trainingID: training.id });
                if (result.data) announce(t("training.enrol.done", { title: training.title }));
              }}
            >
              {t("training.enrol.enrol")}
            </button>
          )
        )}
        {viewer.can.nominate && open && (
          <button
            type="button"
            className="button-secondary"
            aria-expanded={nominating}
            onClick={() => setNominating((on) => !on)}
          >
            {t("training.enrol.nominate")}
          </button>
        )}
      </div>
      <p role="status" className="enrol-done">
        {message}
      </p>
      <FieldError id={errorId} error={byField.trainingID} />
      <ErrorMessage error={error} shownAtFields={["trainingID"]} />
      {nominating && <NominatePanel training={training} onDone={announce} />}
    </div>
  );
}
