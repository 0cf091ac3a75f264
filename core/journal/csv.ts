/** One cell: text, a number, or nothing known (written as the caller's word for unknown). */
export type CsvCell = string | number | null;

/** Characters a spreadsheet reads as the start of a formula when a text cell begins with them. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as CSV (RFC 4180): a text that a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe, so a diary note can
 * never run as one; a cell with a comma, a quote or a line break is quoted, quotes doubled.
 * Numbers are written as numbers; `null` as an empty cell.
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV text, lines ended by CRLF as RFC 4180 asks (spreadsheets everywhere read it). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
