import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EmptyState } from "../components/EmptyState";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("notFound.title")}</h1>
      <EmptyState title={t("notFound.text")}>
        <Link to="/">{t("notFound.home")}</Link>
      </EmptyState>
    </>
  );
}
