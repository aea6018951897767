import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { session } from "../auth/session";
import { useViewer } from "../auth/viewer";
import { useLabels } from "../i18n";

/** Who is signed in, in which role, and the way out. */
export function UserMenu() {
  const { t } = useTranslation();
  const labels = useLabels();
  const viewer = useViewer();
  const navigate = useNavigate();
  const signOut = () => {
    session.signOut();
    navigate("/login", { replace: true });
  };
  return (
    <div className="user-menu">
      <span className="user-name">
        {viewer.employee?.name ?? viewer.username}
        <span className="user-role">{labels.role(viewer.role)}</span>
      </span>
      <button type="button" className="button-secondary" onClick={signOut}>
        {t("layout.signOut")}
      </button>
    </div>
  );
}
