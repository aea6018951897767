// Dates and numbers in the Indonesian locale, whatever the screen's language: they are official data.
const locale = "id-ID";

/** What a screen shows for a value that is missing or that the viewer may not read. */
export const dash = "—";

const dateOptions = { day: "numeric", month: "long", year: "numeric" } as const;
// A calendar date (YYYY-MM-DD) is read at midnight UTC and shown in UTC, so no time zone moves its day.
const dateFormat = new Intl.DateTimeFormat(locale, { ...dateOptions, timeZone: "UTC" });
const timeFormat = new Intl.DateTimeFormat(locale, { ...dateOptions, timeZone: "Asia/Jakarta" });
const numberFormat = new Intl.NumberFormat(locale);

/** "12 April 1985" from "1985-04-12" (a Date) or an RFC 3339 time, or the dash. */
export function formatDate(value: string | null | undefined) {
  if (!value) return dash;
  const isDate = value.length === 10;
  const date = new Date(isDate ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return dash;
  return (isDate ? dateFormat : timeFormat).format(date);
}

export function formatNumber(value: number | null | undefined) {
  return value == null ? dash : numberFormat.format(value);
}

const percentFormat = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });

/** "14%" from a share of 0.14, or the dash. */
export function formatPercent(share: number | null | undefined) {
  return share == null ? dash : percentFormat.format(share);
}

/** Today's date as YYYY-MM-DD in Jakarta (WIB), the time zone of every rule of the API. */
export function todayInJakarta(now = new Date()) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(now);
}

/** The date n years after an ISO date (YYYY-MM-DD); 29 February becomes 28 February. */
export function addYears(isoDate: string, years: number) {
  const [y, m, d] = isoDate.split("-");
  return `${Number(y) + years}-${m}-${m === "02" && d === "29" ? "28" : d}`;
}
