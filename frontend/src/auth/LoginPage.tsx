import { useTranslation } from "react-i18next";
import { Link, type Location, Navigate, useLocation, useNavigate } from "react-router";
import { LanguageSwitch } from "../app/LanguageSwitch";
import { LoginForm } from "./LoginForm";
import { session, useToken } from "./session";

export function LoginPage() {
  const { t } = useTranslation();
  const token = useToken();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: Location } | null)?.from;
  const back = from && from.pathname !== "/login" ? `${from.pathname}${from.search}` : "/";
  if (token) return <Navigate to={back} replace />;
  const expired = session.notice() === "expired";
  return (
    <main className="login-page" id="main">
      <div className="login-card">
        <div className="login-tools">
          <LanguageSwitch />
        </div>
        <h1 className="app-title">{t("app.name")}</h1>
        <p className="app-tagline">{t("app.tagline")}</p>
        {expired && (
          <p className="notice" role="status">
            {t("login.expired")}
          </p>
        )}
        <h2>{t("login.title")}</h2>
        <LoginForm
          onSignedIn={(newToken) => {
            session.signIn(newToken);
            navigate(back, { replace: true });
          }}
        />
        <p className="login-footer">
          <Link to="/lowongan">{t("login.board")}</Link>
        </p>
        <p className="login-footer">
          <a href="/playground">{t("login.playground")}</a>
        </p>
      </div>
    </main>
  );
}
