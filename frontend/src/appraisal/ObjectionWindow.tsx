import { useTranslation } from "react-i18next";
import { formatDate } from "../i18n/format";

type Props = {
  /** Calendar days (WIB) left to object, today included: the API's objectionDaysLeft. */
  daysLeft: number;
  /** The first moment an objection is late: midnight WIB after the 14th day. */
  deadline: string | null;
};

/** Whether, and until when, the employee may still object to an assessment. */
export function ObjectionWindow({ daysLeft, deadline }: Props) {
  const { t } = useTranslation();
  // The deadline is midnight at the end of the last day: the day to name is the one before it.
  const lastDay = deadline ? formatDate(new Date(Date.parse(deadline) - 1).toISOString()) : "";
  return (
    <p className={daysLeft > 0 ? "objection-window" : "objection-window closed"}>
      {daysLeft > 0
        ? t("appraisal.objection.daysLeft", { count: daysLeft, date: lastDay })
        : t("appraisal.objection.closed", { date: lastDay })}
    </p>
  );
}
