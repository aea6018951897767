import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation } from "react-router";
import { SignedIn } from "../auth/SignedIn";
import { useToken } from "../auth/session";
import { Skeleton } from "../components/Skeleton";
import { LanguageSwitch } from "./LanguageSwitch";
import { Layout } from "./Layout";
import "../vacancies/vacancies.css";

/**
 * The shell of pages open to everyone (the vacancy board): the signed-in layout for a signed-in user,
 * so they keep their navigation, and a plain header with a log-in link for anyone else.
 */
export function PublicShell() {
  const token = useToken();
  if (token) {
    return (
      <SignedIn>
        <Layout />
      </SignedIn>
    );
  }
  return <PublicLayout />;
}

function PublicLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("layout.skipToContent")}
      </a>
      <header className="app-header">
        <Link to="/lowongan" className="app-name">
          {t("app.name")}
        </Link>
        <div className="app-tools public-tools">
          <LanguageSwitch />
          <Link to="/login" state={{ from: location }}>
            {t("login.title")}
          </Link>
        </div>
      </header>
      <main className="page" id="main" tabIndex={-1}>
        <Suspense fallback={<Skeleton lines={6} />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
