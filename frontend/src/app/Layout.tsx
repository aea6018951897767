import { Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation } from "react-router";
import { Skeleton } from "../components/Skeleton";
import { LanguageSwitch } from "./LanguageSwitch";
import { Nav } from "./Nav";
import { UserMenu } from "./UserMenu";

/** The shell of every signed-in page: header with navigation, language and account, then the page. */
export function Layout() {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  // After moving to another page, close the phone menu (it covers the page) and put the keyboard and
  // screen-reader focus at the start of the new page rather than on the link that led there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation
  useEffect(() => {
    setMenuOpen(false);
    document.getElementById("main")?.focus({ preventScroll: true });
  }, [pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("layout.skipToContent")}
      </a>
      <header className="app-header">
        <Link to="/" className="app-name">
          {t("app.name")}
        </Link>
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="app-menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t("layout.menu")}
        </button>
        <div id="app-menu" className={menuOpen ? "app-menu open" : "app-menu"}>
          <Nav />
          <div className="app-tools">
            <LanguageSwitch />
            <UserMenu />
          </div>
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
