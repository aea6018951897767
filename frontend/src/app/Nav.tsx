import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useViewer } from "../auth/viewer";

/** The places the viewer's role can use; nothing it could not open. */
export function Nav() {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <nav aria-label={t("layout.navigation")}>
      <ul className="nav-list">
        {viewer.can.dashboard && (
          <li>
            <NavLink to="/" end>
              {t("nav.dashboard")}
            </NavLink>
          </li>
        )}
        <li>
          <NavLink to="/pegawai" end>
            {t("nav.directory")}
          </NavLink>
        </li>
        {viewer.employee && (
          <li>
            <NavLink to={`/pegawai/${viewer.employee.id}`}>{t("nav.ownProfile")}</NavLink>
          </li>
        )}
        <li>
          <NavLink to="/lowongan" end>
            {t("nav.vacancies")}
          </NavLink>
        </li>
        {viewer.can.manageVacancies && (
          <li>
            <NavLink to="/lowongan/kelola">{t("nav.manageVacancies")}</NavLink>
          </li>
        )}
        {viewer.can.recordPromotions && (
          <li>
            <NavLink to="/kenaikan-pangkat">{t("nav.promotion")}</NavLink>
          </li>
        )}
        {viewer.employee && (
          <li>
            <NavLink to="/lamaran">{t("nav.myApplications")}</NavLink>
          </li>
        )}
        {viewer.employee && (
          <li>
            <NavLink to="/penilaian">{t("nav.myEvaluation")}</NavLink>
          </li>
        )}
        {viewer.employee && viewer.can.appraise && (
          <>
            <li>
              <NavLink to="/nilai-bawahan">{t("nav.assess")}</NavLink>
            </li>
            <li>
              <NavLink to="/keberatan">{t("nav.objections")}</NavLink>
            </li>
          </>
        )}
        <li>
          <NavLink to="/pelatihan">{t("nav.trainings")}</NavLink>
        </li>
        {viewer.employee && (
          <li>
            <NavLink to="/pelatihan-saya">{t("nav.myTrainings")}</NavLink>
          </li>
        )}
        {viewer.can.manageTrainings && (
          <li>
            <NavLink to="/kurikulum">{t("nav.curricula")}</NavLink>
          </li>
        )}
        {viewer.can.talent && (
          <li>
            <NavLink to="/talenta">{t("nav.talent")}</NavLink>
          </li>
        )}
        {viewer.can.auditTrail && (
          <li>
            <NavLink to="/audit">{t("nav.audit")}</NavLink>
          </li>
        )}
        {viewer.can.admin && (
          <li>
            <NavLink to="/admin">{t("nav.admin")}</NavLink>
          </li>
        )}
        {(viewer.employee || viewer.can.mentoringOverview) && (
          <li>
            <NavLink to="/mentoring">{t("nav.mentoring")}</NavLink>
          </li>
        )}
        {viewer.can.teamJp && (
          <li>
            <NavLink to="/tim/jp">{t("nav.teamJp")}</NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
