import { stringify } from "csv-stringify/sync";
import { Temporal } from "temporal-polyfill";
import { fenToYuanString } from "@/lib/domain/money";
import type { WalletTransaction } from "./list-transactions";

/** The words of one CSV in the reader's language: column headings and the labels of kinds and accounts. */
export interface TransactionsCsvWords {
  headings: { at: string; kind: string; account: string; amountYuan: string; amountFen: string; balanceYuan: string; entry: string };
  kind: (kind: string) => string;
  account: (account: WalletTransaction["account"]) => string;
}

/** "2026-12-01 11:08:26": the instant's wall-clock time in `zone`, as spreadsheets read a date-time. */
export function businessDateTimeText(instant: Date, zone: string): string {
  const t = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(zone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${t.toPlainDate().toString()} ${two(t.hour)}:${two(t.minute)}:${two(t.second)}`;
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
// What a spreadsheet reads as the start of a formula (OWASP "CSV injection"), tab and CR included.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet shows as text, never runs: anything starting like a formula gets a leading
 * apostrophe, except a plain number ("-12.34" is a debit, not a formula).
 */
export function formulaSafe(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/**
 * The CSV of a user's transactions: UTF-8 with a byte-order mark (so Excel reads the Chinese headings),
 * CRLF line ends and RFC 4180 quoting (csv-stringify), every text cell formula-safe. Amounts are given twice:
 * in yuan with two decimals, for reading, and in fen, exact, for machines.
 */
export function transactionsCsv(rows: readonly WalletTransaction[], words: TransactionsCsvWords, zone: string): string {
  const h = words.headings;
  const header = [h.at, h.kind, h.account, h.amountYuan, h.amountFen, h.balanceYuan, h.entry];
  const records = rows.map((row) => [
    businessDateTimeText(row.at, zone),
    words.kind(row.kind),
    words.account(row.account),
    fenToYuanString(row.amountFen),
    row.amountFen.toString(),
    fenToYuanString(row.balanceAfterFen),
    row.entryId,
  ]);
  return stringify(
    [header, ...records].map((record) => record.map(formulaSafe)),
    { bom: true, record_delimiter: "windows" },
  );
}

/** "transactions-2026-12-01.csv": the download's name, dated by the business date it was made on. */
export function transactionsCsvFilename(today: string): string {
  return `transactions-${today}.csv`;
}
