import "./admin.css";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Permissions } from "../auth/permissions";
import { useViewer } from "../auth/viewer";
import { referenceSections } from "./reference/sections";

type Section = {
  to: string;
  /** Keys of the section's title and one-line description in the "admin" texts. */
  title: string;
  hint: string;
  visible: (can: Permissions) => boolean;
};

/** The administration sections; each page of reference data or settings adds its entry here. */
const sections: Section[] = [
  {
    to: "/admin/akun",
    title: "admin.sections.accounts",
    hint: "admin.sections.accountsHint",
    visible: (can) => can.manageAccounts,
  },
  {
    to: "/admin/talenta",
    title: "admin.sections.talent",
    hint: "admin.sections.talentHint",
    visible: (can) => can.admin,
  },
  ...referenceSections,
];

/** The administration index: the sections the viewer's role may open, as links. */
export function AdminIndexPage() {
  const { t } = useTranslation();
  const { can } = useViewer();
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <p className="subtitle">{t("admin.intro")}</p>
      <ul className="admin-sections">
        {sections
          .filter((s) => s.visible(can))
          .map((s) => (
            <li key={s.to}>
              <Link to={s.to}>{t(s.title)}</Link>
              <p className="hint">{t(s.hint)}</p>
            </li>
          ))}
      </ul>
    </>
  );
}
