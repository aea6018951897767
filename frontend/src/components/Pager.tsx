import { useTranslation } from "react-i18next";

type Props = {
  hasPrevious: boolean;
  hasNext: boolean;
  onFirst: () => void;
  onPrevious: () => void;
  onNext: () => void;
};

/** Cursor pagination: the connection knows only whether there is a page before and after this one. */
export function Pager({ hasPrevious, hasNext, onFirst, onPrevious, onNext }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="pager" aria-label={t("pager.label")}>
      <button type="button" className="button-secondary" onClick={onFirst} disabled={!hasPrevious}>
        {t("pager.first")}
      </button>
      <button type="button" className="button-secondary" onClick={onPrevious} disabled={!hasPrevious}>
        {t("pager.previous")}
      </button>
      <button type="button" className="button-secondary" onClick={onNext} disabled={!hasNext}>
        {t("pager.next")}
      </button>
    </nav>
  );
}
