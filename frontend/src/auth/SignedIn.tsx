import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { useQuery } from "urql";
import { ErrorMessage } from "../components/ErrorMessage";
import { Skeleton } from "../components/Skeleton";
import { useToken } from "./session";
import { ViewerContext, ViewerDocument, withPermissions } from "./viewer";

/** Renders its children for a signed-in user with their account in context; sends anyone else to log in. */
export function SignedIn({ children }: { children: ReactNode }) {
  const token = useToken();
  const location = useLocation();
  if (!token) return <Navigate to="/login" replace state={{ from: location }} />;
  return <WithViewer>{children}</WithViewer>;
}

function WithViewer({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: ViewerDocument });
  if (fetching) {
    return (
      <main className="page" id="main">
        <Skeleton lines={4} />
      </main>
    );
  }
  if (!data?.viewer) {
    return (
      <main className="page" id="main">
        <h1>{t("app.name")}</h1>
        <ErrorMessage error={error} />
      </main>
    );
  }
  return <ViewerContext.Provider value={withPermissions(data.viewer)}>{children}</ViewerContext.Provider>;
}
