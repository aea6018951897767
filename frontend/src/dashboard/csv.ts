import type { Dataset } from "./dataset";

// A widget's data as a CSV file: the table the widget shows, one row per category, the counts as the
// API displays them ("< 5" stays "< 5"). UTF-8 with a byte-order mark, or Excel reads Indonesian
// letters and dashes as Latin-1; CRLF line ends as RFC 4180 has them.

function field(value: string) {
  // A text starting like a formula would run as one in a spreadsheet: make it text.
  const safe = /^[=+\-@]/.test(value) && Number.isNaN(Number(value)) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(d: Dataset): string {
  const rows = [
    [d.categoryLabel, ...d.series.map((s) => s.label)],
    ...d.categories.map((c, i) => [c.label, ...d.series.map((s) => s.cells[i].display)]),
  ];
  return `\uFEFF${rows.map((r) => r.map(field).join(",")).join("\r\n")}\r\n`;
}

/** A file name from a widget's title: "Distribusi predikat 2025" → "distribusi-predikat-2025.csv". */
export function csvFileName(title: string) {
  const base = title
    .normalize("NFD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${base || "data"}.csv`;
}

export function downloadCsv(d: Dataset, title: string) {
  const url = URL.createObjectURL(new Blob([toCsv(d)], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = csvFileName(title);
  link.click();
  URL.revokeObjectURL(url);
}
