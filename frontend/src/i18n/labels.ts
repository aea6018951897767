import type {
  BerakhlakValue,
  CareerEventKind,
  CoachingPlanStatus,
  Education,
  EmployeeStatus,
  EmploymentType,
  EnrollmentStatus,
  EvaluationPeriod,
  EvaluationStatus,
  FunctionalLevel,
  Gender,
  MentorshipStatus,
  PositionKind,
  PppkGrade,
  Predikat,
  Rank,
  Rating,
  Role,
  TrainingKind,
  TrainingStatus,
  UnitPerformance,
  WorkPlanKind,
} from "../gql/graphql";

// Every enum the screens show, with its label, in one place. The official Indonesian terms (ranks,
// predikat, kinds of post, education) are what civil servants read on their decrees and SKP, so the
// English screen keeps them; only everyday words get an English label.

type Lang = "id" | "en";
type Labels<T extends string> = Record<T, string>;
type Bilingual<T extends string> = Record<Lang, Labels<T>>;

const golongan: Labels<Rank> = {
  I_A: "I/a",
  I_B: "I/b",
  I_C: "I/c",
  I_D: "I/d",
  II_A: "II/a",
  II_B: "II/b",
  II_C: "II/c",
  II_D: "II/d",
  III_A: "III/a",
  III_B: "III/b",
  III_C: "III/c",
  III_D: "III/d",
  IV_A: "IV/a",
  IV_B: "IV/b",
  IV_C: "IV/c",
  IV_D: "IV/d",
  IV_E: "IV/e",
};

const rankNames: Labels<Rank> = {
  I_A: "Juru Muda",
  I_B: "Juru Muda Tingkat I",
  I_C: "Juru",
  I_D: "Juru Tingkat I",
  II_A: "Pengatur Muda",
  II_B: "Pengatur Muda Tingkat I",
  II_C: "Pengatur",
  II_D: "Pengatur Tingkat I",
  III_A: "Penata Muda",
  III_B: "Penata Muda Tingkat I",
  III_C: "Penata",
  III_D: "Penata Tingkat I",
  IV_A: "Pembina",
  IV_B: "Pembina Tingkat I",
  IV_C: "Pembina Utama Muda",
  IV_D: "Pembina Utama Madya",
  IV_E: "Pembina Utama",
};

/** Ranks lowest first, as the filters list them. */
export const ranks = Object.keys(golongan) as Rank[];

const predikat: Labels<Predikat> = {
  SANGAT_BAIK: "Sangat Baik",
  BAIK: "Baik",
  BUTUH_PERBAIKAN: "Butuh Perbaikan",
  KURANG: "Kurang",
  SANGAT_KURANG: "Sangat Kurang",
};

/** Predikat best first. */
export const predikats = Object.keys(predikat) as Predikat[];

const positionKind: Labels<PositionKind> = {
  JPT_UTAMA: "JPT Utama",
  JPT_MADYA: "JPT Madya",
  JPT_PRATAMA: "JPT Pratama",
  ADMINISTRATOR: "Administrator",
  PENGAWAS: "Pengawas",
  PELAKSANA: "Pelaksana",
  FUNGSIONAL: "Fungsional",
};

export const positionKinds = Object.keys(positionKind) as PositionKind[];

const functionalLevel: Labels<FunctionalLevel> = {
  AHLI_PERTAMA: "Ahli Pertama",
  AHLI_MUDA: "Ahli Muda",
  AHLI_MADYA: "Ahli Madya",
  AHLI_UTAMA: "Ahli Utama",
  PEMULA: "Pemula",
  TERAMPIL: "Terampil",
  MAHIR: "Mahir",
  PENYELIA: "Penyelia",
};

const education: Labels<Education> = {
  SD: "SD",
  SMP: "SMP",
  SMA: "SMA/SMK",
  D1: "D-I",
  D2: "D-II",
  D3: "D-III",
  D4: "D-IV",
  S1: "S-1",
  S2: "S-2",
  S3: "S-3",
};

export const educations = Object.keys(education) as Education[];

const employmentType: Labels<EmploymentType> = { PNS: "PNS", PPPK: "PPPK" };

const trainingKind: Labels<TrainingKind> = {
  PKN: "PKN",
  PKA: "PKA",
  PKP: "PKP",
  LATSAR: "Latsar CPNS",
  FUNGSIONAL: "Fungsional",
  TEKNIS: "Teknis",
  SEMINAR: "Seminar",
};

export const trainingKinds = Object.keys(trainingKind) as TrainingKind[];

const trainingStatus: Bilingual<TrainingStatus> = {
  id: {
    PLANNED: "Direncanakan",
    OPEN: "Pendaftaran dibuka",
    ONGOING: "Berlangsung",
    COMPLETED: "Selesai",
    CANCELLED: "Dibatalkan",
  },
  en: {
    PLANNED: "Planned",
    OPEN: "Open for enrolment",
    ONGOING: "In progress",
    COMPLETED: "Completed",
    CANCELLED: "Cancelled",
  },
};

const gender: Bilingual<Gender> = {
  id: { MALE: "Laki-laki", FEMALE: "Perempuan" },
  en: { MALE: "Male", FEMALE: "Female" },
};

const employeeStatus: Bilingual<EmployeeStatus> = {
  id: {
    ACTIVE: "Aktif",
    LEAVE: "Cuti",
    SUSPENDED: "Diberhentikan sementara",
    RETIRED: "Pensiun",
    RESIGNED: "Berhenti",
    DECEASED: "Meninggal dunia",
  },
  en: {
    ACTIVE: "Active",
    LEAVE: "On leave",
    SUSPENDED: "Suspended",
    RETIRED: "Retired",
    RESIGNED: "Resigned",
    DECEASED: "Deceased",
  },
};

const careerEventKind: Bilingual<CareerEventKind> = {
  id: {
    HIRE: "Pengangkatan",
    RANK_PROMOTION: "Kenaikan pangkat",
    POSITION_ASSIGNMENT: "Pengangkatan jabatan",
    TRANSFER: "Mutasi",
    TRAINING_COMPLETED: "Pelatihan selesai",
    PREDIKAT: "Predikat kinerja",
    SANCTION: "Hukuman disiplin",
    RETIREMENT: "Pensiun",
  },
  en: {
    HIRE: "Appointment",
    RANK_PROMOTION: "Rank promotion",
    POSITION_ASSIGNMENT: "Position assignment",
    TRANSFER: "Transfer",
    TRAINING_COMPLETED: "Training completed",
    PREDIKAT: "Performance rating",
    SANCTION: "Disciplinary sanction",
    RETIREMENT: "Retirement",
  },
};

const evaluationPeriod: Bilingual<EvaluationPeriod> = {
  id: { Q1: "Triwulan I", Q2: "Triwulan II", Q3: "Triwulan III", Q4: "Triwulan IV", ANNUAL: "Tahunan" },
  en: { Q1: "Quarter 1", Q2: "Quarter 2", Q3: "Quarter 3", Q4: "Quarter 4", ANNUAL: "Annual" },
};

const evaluationStatus: Bilingual<EvaluationStatus> = {
  id: { DRAFT: "Draf", SUBMITTED: "Diajukan", ASSESSED: "Dinilai", OBJECTED: "Keberatan", FINAL: "Final" },
  en: { DRAFT: "Draft", SUBMITTED: "Submitted", ASSESSED: "Assessed", OBJECTED: "Objected", FINAL: "Final" },
};

const enrollmentStatus: Bilingual<EnrollmentStatus> = {
  id: {
    REGISTERED: "Terdaftar",
    ATTENDED: "Mengikuti",
    COMPLETED: "Selesai",
    FAILED: "Tidak lulus",
    CANCELLED: "Dibatalkan",
  },
  en: {
    REGISTERED: "Registered",
    ATTENDED: "Attended",
    COMPLETED: "Completed",
    FAILED: "Failed",
    CANCELLED: "Cancelled",
  },
};

const mentorshipStatus: Bilingual<MentorshipStatus> = {
  id: { ACTIVE: "Berjalan", COMPLETED: "Selesai", CANCELLED: "Dibatalkan" },
  en: { ACTIVE: "Ongoing", COMPLETED: "Completed", CANCELLED: "Cancelled" },
};

const rating: Bilingual<Rating> = {
  id: {
    DI_ATAS_EKSPEKTASI: "Di atas ekspektasi",
    SESUAI_EKSPEKTASI: "Sesuai ekspektasi",
    DI_BAWAH_EKSPEKTASI: "Di bawah ekspektasi",
  },
  en: {
    DI_ATAS_EKSPEKTASI: "Above expectations",
    SESUAI_EKSPEKTASI: "As expected",
    DI_BAWAH_EKSPEKTASI: "Below expectations",
  },
};

/** Ratings best first, as the predikat matrix orders its rows and columns. */
export const ratings = Object.keys(rating.id) as Rating[];

const workPlanKind: Bilingual<WorkPlanKind> = {
  id: { UTAMA: "Utama", TAMBAHAN: "Tambahan" },
  en: { UTAMA: "Main", TAMBAHAN: "Additional" },
};

export const workPlanKinds = Object.keys(workPlanKind.id) as WorkPlanKind[];

// The seven core values of the ASN are an official acronym (BerAKHLAK): their names stay Indonesian.
const berakhlakValue: Labels<BerakhlakValue> = {
  BERORIENTASI_PELAYANAN: "Berorientasi Pelayanan",
  AKUNTABEL: "Akuntabel",
  KOMPETEN: "Kompeten",
  HARMONIS: "Harmonis",
  LOYAL: "Loyal",
  ADAPTIF: "Adaptif",
  KOLABORATIF: "Kolaboratif",
};

/** The BerAKHLAK values in the order of the acronym. */
export const berakhlakValues = Object.keys(berakhlakValue) as BerakhlakValue[];

// A unit's organisational rating (PermenPANRB 6/2022) is an official term, like predikat.
const unitPerformance: Labels<UnitPerformance> = {
  ISTIMEWA: "Istimewa",
  BAIK: "Baik",
  BUTUH_PERBAIKAN: "Butuh Perbaikan",
  KURANG: "Kurang",
  SANGAT_KURANG: "Sangat Kurang",
};

const coachingPlanStatus: Bilingual<CoachingPlanStatus> = {
  id: { OPEN: "Berjalan", CLOSED: "Selesai" },
  en: { OPEN: "Open", CLOSED: "Closed" },
};

const role: Bilingual<Role> = {
  id: {
    ADMIN: "Administrator",
    HR: "Kepegawaian (BKD/BKPSDM)",
    LEADER: "Pimpinan",
    SUPERVISOR: "Atasan langsung",
    EMPLOYEE: "Pegawai",
    ANALYST: "Analis",
  },
  en: {
    ADMIN: "Administrator",
    HR: "Human resources (BKD/BKPSDM)",
    LEADER: "Leadership",
    SUPERVISOR: "Supervisor",
    EMPLOYEE: "Employee",
    ANALYST: "Analyst",
  },
};

// The talent boxes as internal/career numbers them (PermenPANRB 3/2020): 1 lowest, 9 highest.
const talentBox: Bilingual<"1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9"> = {
  id: {
    1: "Kinerja di bawah ekspektasi, potensial rendah",
    2: "Kinerja sesuai ekspektasi, potensial rendah",
    3: "Kinerja di bawah ekspektasi, potensial menengah",
    4: "Kinerja di atas ekspektasi, potensial rendah",
    5: "Kinerja sesuai ekspektasi, potensial menengah",
    6: "Kinerja di bawah ekspektasi, potensial tinggi",
    7: "Kinerja di atas ekspektasi, potensial menengah",
    8: "Kinerja sesuai ekspektasi, potensial tinggi",
    9: "Kinerja di atas ekspektasi, potensial tinggi",
  },
  en: {
    1: "Performance below expectations, low potential",
    2: "Performance as expected, low potential",
    3: "Performance below expectations, medium potential",
    4: "Performance above expectations, low potential",
    5: "Performance as expected, medium potential",
    6: "Performance below expectations, high potential",
    7: "Performance above expectations, medium potential",
    8: "Performance as expected, high potential",
    9: "Performance above expectations, high potential",
  },
};

/** The labels of one language; the screens get them through useLabels(). */
export function labelsFor(lang: string) {
  const l: Lang = lang.startsWith("en") ? "en" : "id";
  return {
    /** "III/a — Penata Muda". */
    rank: (r: Rank) => `${golongan[r]} — ${rankNames[r]}`,
    /** "Golongan IX" (PPPK grades have no names). */
    pppkGrade: (g: PppkGrade) => (l === "id" ? `Golongan ${g}` : `Grade ${g}`),
    predikat: (p: Predikat) => predikat[p],
    positionKind: (k: PositionKind) => positionKind[k],
    functionalLevel: (f: FunctionalLevel) => functionalLevel[f],
    education: (e: Education) => education[e],
    employmentType: (e: EmploymentType) => employmentType[e],
    trainingKind: (k: TrainingKind) => trainingKind[k],
    trainingStatus: (s: TrainingStatus) => trainingStatus[l][s],
    gender: (g: Gender) => gender[l][g],
    employeeStatus: (s: EmployeeStatus) => employeeStatus[l][s],
    careerEventKind: (k: CareerEventKind) => careerEventKind[l][k],
    evaluationPeriod: (p: EvaluationPeriod) => evaluationPeriod[l][p],
    evaluationStatus: (s: EvaluationStatus) => evaluationStatus[l][s],
    enrollmentStatus: (s: EnrollmentStatus) => enrollmentStatus[l][s],
    mentorshipStatus: (s: MentorshipStatus) => mentorshipStatus[l][s],
    rating: (r: Rating) => rating[l][r],
    workPlanKind: (k: WorkPlanKind) => workPlanKind[l][k],
    berakhlakValue: (v: BerakhlakValue) => berakhlakValue[v],
    unitPerformance: (u: UnitPerformance) => unitPerformance[u],
    coachingPlanStatus: (s: CoachingPlanStatus) => coachingPlanStatus[l][s],
    role: (r: Role) => role[l][r],
    talentBox: (box: number) => talentBox[l][String(box) as keyof (typeof talentBox)["id"]] ?? String(box),
  };
}
