import { dash } from "../../i18n/format";

/** A mean rating as "4,12", or the dash when nobody rated. */
export function formatMean(value: number | null | undefined) {
  return value == null
    ? dash
    : value.toLocaleString("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
