import { stringify } from "csv-stringify/sync";

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, and tab / carriage return, which some
 * spreadsheets strip before looking) gets a leading apostrophe: shown as text, never evaluated (OWASP
 * "CSV injection"). Quoting is csv-stringify's job.
 */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Rows → CSV text with a header line, every cell guarded, CRLF line ends (RFC 4180), and a UTF-8 byte-order
 * mark so spreadsheet programs read Chinese names correctly.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const guarded = rows.map((row) => row.map(guardCell));
  return `\uFEFF${stringify([header as string[], ...guarded], { record_delimiter: "\r\n" })}`;
}
