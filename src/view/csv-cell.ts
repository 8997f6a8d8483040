/**
 * One cell of a published CSV file. A text starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is a formula to a spreadsheet (OWASP "CSV injection": a region named
 * `=HYPERLINK(…)` would run in every journalist's Excel), so it gets a leading `'`, which
 * spreadsheets show as text. Numbers are written as numbers: a scoreChange of -1.5 stays
 * `-1.5`. The JSON downloads keep the true value.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value); // most cells: nothing to quote
  const text = String(value);
  const s = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
