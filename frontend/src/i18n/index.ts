import i18n from "i18next";
import { useMemo } from "react";
import { initReactI18next, useTranslation } from "react-i18next";
import { en } from "./en";
import { id } from "./id";
import { labelsFor } from "./labels";

// Bahasa Indonesia first; English on request, remembered in this browser.
const storageKey = "jenjang.lang";
export const languages = ["id", "en"] as const;
export type Language = (typeof languages)[number];

function storedLanguage(): Language {
  return localStorage.getItem(storageKey) === "en" ? "en" : "id";
}

i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: "id",
  interpolation: { escapeValue: false }, // React escapes
});

i18n.on("languageChanged", (lng) => {
  localStorage.setItem(storageKey, lng);
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;

export function setLanguage(lng: Language) {
  return i18n.changeLanguage(lng);
}

/** The enum labels in the current language. */
export function useLabels() {
  const { i18n: current } = useTranslation();
  return useMemo(() => labelsFor(current.language), [current.language]);
}

export default i18n;
