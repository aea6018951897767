import { useTranslation } from "react-i18next";
import { type Language, languages, setLanguage } from "../i18n";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t("layout.language")}</span>
      <select value={i18n.language} onChange={(e) => setLanguage(e.target.value as Language)}>
        {languages.map((lng) => (
          <option key={lng} value={lng}>
            {t(`layout.languages.${lng}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
