import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useViewer } from "../auth/viewer";
import { MentorshipList } from "./MentorshipList";
import { NewStaffList } from "./NewStaffList";
import { PairForm } from "./PairForm";
import type { Person } from "./PersonPicker";

/**
 * Mentoring as the viewer's role has it: the pairing form for HR, ADMIN and supervisors, the active
 * mentorships of their scope, new staff without a mentor for HR, leaders and ADMIN, and everyone's own
 * mentorships as mentor or mentee.
 */
export function MentoringPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [mentee, setMentee] = useState<Person | null>(null);
  const me = viewer.employee?.id;
  const pair = (p: Person) => {
    setMentee(p);
    document.getElementById("pair-form")?.scrollIntoView?.({ behavior: "smooth" });
  };
  return (
    <>
      <h1>{t("mentoring.title")}</h1>
      <p className="hint">{t("mentoring.intro")}</p>
      {viewer.can.pairMentors && <PairForm mentee={mentee} onMentee={setMentee} />}
      {viewer.can.newStaffWithoutMentor && (
        <NewStaffList onPair={viewer.can.pairMentors ? pair : undefined} />
      )}
      {viewer.can.mentoringOverview && (
        <MentorshipList
          title={t("mentoring.active")}
          empty={t("mentoring.noActive")}
          where={{ status: "ACTIVE" }}
        />
      )}
      {me && (
        <MentorshipList
          title={t("mentoring.mine")}
          empty={t("mentoring.noMine")}
          where={{ or: [{ mentorID: me }, { menteeID: me }] }}
        />
      )}
    </>
  );
}
