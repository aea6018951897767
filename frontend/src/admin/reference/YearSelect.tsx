import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { todayInJakarta } from "../../i18n/format";

/** The year a page shows, kept in the query string (?tahun=) so that the page is a link to share. */
export function useYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const current = Number(todayInJakarta().slice(0, 4));
  const year = Number(params.get("tahun")) || current;
  return [year, (y) => setParams({ tahun: String(y) })];
}

export function YearSelect({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const current = Number(todayInJakarta().slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => current + 1 - i);
  if (!years.includes(year)) years.push(year);
  return (
    <div className="field year-select">
      <label htmlFor={id}>{t("reference.common.year")}</label>
      <select id={id} value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
