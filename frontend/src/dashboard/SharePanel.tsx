import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorMessage } from "../components/ErrorMessage";
import { UnitPicker } from "../units/UnitPicker";
import { ShareDashboardDocument } from "./documents";
import type { Dashboard } from "./model";

type Props = { dashboard: Dashboard & { id: string }; scopePath?: string; onShared: () => void };

/**
 * Sharing a saved dashboard with one unit: everyone in its subtree may open it to read. The API
 * decides which units the viewer may share with and says so when it refuses.
 */
export function SharePanel({ dashboard, scopePath, onShared }: Props) {
  const { t } = useTranslation();
  const [{ fetching, error }, share] = useMutation(ShareDashboardDocument);
  const shareWith = async (unitID: string | null) => {
    const result = await share({ id: dashboard.id, unitID });
    if (!result.error) onShared();
  };
  return (
    <section className="share-panel" aria-label={t("dashboard.share.title")}>
      {dashboard.sharedWith ? (
        <p>
          {t("dashboard.share.sharedWith", { unit: dashboard.sharedWith.name })}{" "}
          <button
            type="button"
            className="button-secondary"
            disabled={fetching}
            onClick={() => shareWith(null)}
          >
            {t("dashboard.share.stop")}
          </button>
        </p>
      ) : (
        <p className="hint">{t("dashboard.share.private")}</p>
      )}
      <UnitPicker
        label={t("dashboard.share.withUnit")}
        within={scopePath}
        selected={false}
        onChange={(unitID) => unitID && shareWith(unitID)}
      />
      <ErrorMessage error={error} />
    </section>
  );
}
