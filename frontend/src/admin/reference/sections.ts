import type { Permissions } from "../../auth/permissions";

/** The reference-data sections of the administration index (title and hint are keys of "reference"). */
export const referenceSections = [
  {
    to: "/admin/unit",
    title: "reference.sections.units",
    hint: "reference.sections.unitsHint",
    visible: (can: Permissions) => can.admin,
  },
  {
    to: "/admin/jabatan",
    title: "reference.sections.positions",
    hint: "reference.sections.positionsHint",
    visible: (can: Permissions) => can.admin,
  },
  {
    to: "/admin/predikat-unit",
    title: "reference.sections.ratings",
    hint: "reference.sections.ratingsHint",
    visible: (can: Permissions) => can.admin,
  },
  {
    // Only ADMIN changes promotion windows (as it does the talent settings).
    to: "/admin/periode-kenaikan-pangkat",
    title: "reference.sections.windows",
    hint: "reference.sections.windowsHint",
    visible: (can: Permissions) => can.talentSettings,
  },
];
