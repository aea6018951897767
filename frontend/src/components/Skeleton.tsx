import { useTranslation } from "react-i18next";

/** Grey placeholder lines in the shape of what is loading, announced once to screen readers. */
export function Skeleton({ lines = 3 }: { lines?: number }) {
  const { t } = useTranslation();
  return (
    <div className="skeleton" aria-busy="true">
      <span className="visually-hidden" role="status">
        {t("common.loading")}
      </span>
      {Array.from({ length: lines }, (_, i) => (
        // The lines are identical and never reorder.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div key={i} className="skeleton-line" />
      ))}
    </div>
  );
}
