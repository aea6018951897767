// The months the catalogue's month filter offers: a year back (HR looks up past cohorts) and a year ahead.
const monthFormat = new Intl.DateTimeFormat("id-ID", { month: "long", year: "numeric", timeZone: "UTC" });

/** "Februari 2027" from "2027-02". */
export function formatMonth(month: string) {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

/** YYYY-MM months from 12 before to 12 after the month of today (YYYY-MM-DD), and the chosen one. */
export function monthOptions(today: string, chosen?: string) {
  const [y, m] = today.split("-").map(Number);
  const months = Array.from({ length: 25 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 + i - 12, 1));
    return d.toISOString().slice(0, 7);
  });
  return chosen && !months.includes(chosen) ? [chosen, ...months] : months;
}
