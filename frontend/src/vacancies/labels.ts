import { useTranslation } from "react-i18next";
import type { ApplicationStatus, SelectionStage, VacancyKind, VacancyStatus } from "../gql/graphql";

// The vacancy enums' labels, kept beside the screens that show them.

type Labels<T extends string> = Record<"id" | "en", Record<T, string>>;

const kind: Labels<VacancyKind> = {
  id: {
    OPEN_SELECTION: "Seleksi terbuka JPT",
    PROMOTION: "Promosi internal",
    RECRUITMENT: "Pengadaan CPNS/PPPK",
  },
  en: {
    OPEN_SELECTION: "Open selection (JPT)",
    PROMOTION: "Internal promotion",
    RECRUITMENT: "Recruitment (CPNS/PPPK)",
  },
};

const status: Labels<VacancyStatus> = {
  id: { DRAFT: "Draf", OPEN: "Dibuka", CLOSED: "Ditutup", FILLED: "Terisi", CANCELLED: "Dibatalkan" },
  en: { DRAFT: "Draft", OPEN: "Open", CLOSED: "Closed", FILLED: "Filled", CANCELLED: "Cancelled" },
};

const applicationStatus: Labels<ApplicationStatus> = {
  id: {
    SUBMITTED: "Diajukan",
    INELIGIBLE: "Tidak memenuhi syarat",
    ELIGIBLE: "Memenuhi syarat",
    SHORTLISTED: "Tiga besar",
    SELECTED: "Terpilih",
    REJECTED: "Tidak terpilih",
    WITHDRAWN: "Ditarik",
  },
  en: {
    SUBMITTED: "Submitted",
    INELIGIBLE: "Not eligible",
    ELIGIBLE: "Eligible",
    SHORTLISTED: "Shortlisted",
    SELECTED: "Selected",
    REJECTED: "Not selected",
    WITHDRAWN: "Withdrawn",
  },
};

const stage: Labels<SelectionStage> = {
  id: {
    WRITTEN_TEST: "Tes tertulis",
    ASSESSMENT_CENTRE: "Assessment center",
    INTERVIEW: "Wawancara",
    TRACK_RECORD: "Rekam jejak",
  },
  en: {
    WRITTEN_TEST: "Written test",
    ASSESSMENT_CENTRE: "Assessment centre",
    INTERVIEW: "Interview",
    TRACK_RECORD: "Track record",
  },
};

/** A stage of an open selection with its weight in percent. */
export type StageWeight = { stage: SelectionStage; weight: number };
export const vacancyKinds = Object.keys(kind.id) as VacancyKind[];
export const vacancyStatuses = Object.keys(status.id) as VacancyStatus[];

export function vacancyLabelsFor(lang: string) {
  const l = lang.startsWith("en") ? "en" : "id";
  return {
    kind: (k: VacancyKind) => kind[l][k],
    status: (s: VacancyStatus) => status[l][s],
    applicationStatus: (s: ApplicationStatus) => applicationStatus[l][s],
    // StageScore.stage is a String in the schema: an unknown one shows as sent.
    stage: (s: string) => stage[l][s as SelectionStage] ?? s,
  };
}

export function useVacancyLabels() {
  const { i18n } = useTranslation();
  return vacancyLabelsFor(i18n.language);
}
