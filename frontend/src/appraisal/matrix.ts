import type { Predikat, Rating } from "../gql/graphql";

// The PermenPANRB 6/2022 matrix, to draw the table that explains a predikat. The API derives and
// stores the predikat itself (internal/career); this copy only places it in the picture.
const matrix: Record<Rating, Record<Rating, Predikat>> = {
  DI_ATAS_EKSPEKTASI: {
    DI_ATAS_EKSPEKTASI: "SANGAT_BAIK",
    SESUAI_EKSPEKTASI: "BAIK",
    DI_BAWAH_EKSPEKTASI: "KURANG",
  },
  SESUAI_EKSPEKTASI: {
    DI_ATAS_EKSPEKTASI: "BAIK",
    SESUAI_EKSPEKTASI: "BAIK",
    DI_BAWAH_EKSPEKTASI: "KURANG",
  },
  DI_BAWAH_EKSPEKTASI: {
    DI_ATAS_EKSPEKTASI: "BUTUH_PERBAIKAN",
    SESUAI_EKSPEKTASI: "BUTUH_PERBAIKAN",
    DI_BAWAH_EKSPEKTASI: "SANGAT_KURANG",
  },
};

/** The predikat of a work-result rating (row) and a work-behaviour rating (column). */
export function predikatOf(workResult: Rating, workBehavior: Rating): Predikat {
  return matrix[workResult][workBehavior];
}
