import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorMessage } from "../../components/ErrorMessage";
import type { EnrollmentStatus } from "../../gql/graphql";
import { dash } from "../../i18n/format";
import { RecordAttendanceDocument } from "./documents";
import { OutcomeForm } from "./OutcomeForm";

type Props = { enrollment: { id: string; status: EnrollmentStatus }; name: string };

/** The next step HR records for a participant: attendance, then the outcome. */
export function ParticipantActions({ enrollment, name }: Props) {
  const { t } = useTranslation();
  const [{ fetching, error }, attend] = useMutation(RecordAttendanceDocument);
  switch (enrollment.status) {
    case "REGISTERED":
      return (
        <>
          <button
            type="button"
            className="button-secondary"
            disabled={fetching}
            aria-label={t("training.participants.attendOf", { name })}
            onClick={() => attend({ id: enrollment.id })}
          >
            {t("training.participants.attend")}
          </button>
          <ErrorMessage error={error} />
        </>
      );
    case "ATTENDED":
      return <OutcomeForm enrollmentId={enrollment.id} name={name} />;
    default:
      return <>{dash}</>;
  }
}
