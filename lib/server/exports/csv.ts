import { stringify } from "csv-stringify/sync";
import { fenToYuanString } from "@/lib/domain/money";
import { businessDateTimeText, formulaSafe } from "@/lib/server/wallet/transactions-csv";

/**
 * One cell of an exported list, before it is written: text or a number as is; an amount of money (written as
 * two columns, yuan with two decimals for reading and fen, exact, for machines); an instant (written as its
 * wall-clock date and time in the business zone); null for nothing.
 */
export type ExportCell = string | number | boolean | null | { fen: bigint } | { at: Date | null };

/** A column of an export: its heading's message key (under `exports.columns`), and whether it holds money. */
export interface CsvColumn {
  key: string;
  money?: boolean;
}

/** The words one CSV needs in its reader's language. */
export interface CsvWords {
  /** A column's heading by its key. */
  heading: (key: string) => string;
  /** "{heading} (¥)" and "{heading} (fen)" of a money column. */
  yuanHeading: (heading: string) => string;
  fenHeading: (heading: string) => string;
  yes: string;
  no: string;
}

function cellText(cell: ExportCell, zone: string, words: CsvWords): string[] {
  if (cell === null) return [""];
  if (typeof cell === "string") return [cell];
  if (typeof cell === "number") return [String(cell)];
  if (typeof cell === "boolean") return [cell ? words.yes : words.no];
  if ("fen" in cell) return [fenToYuanString(cell.fen), cell.fen.toString()];
  return [cell.at ? businessDateTimeText(cell.at, zone) : ""];
}

/**
 * A list as CSV for a spreadsheet: UTF-8 with a byte-order mark (Excel reads the Chinese headings), CRLF line
 * ends and RFC 4180 quoting (csv-stringify), every cell formula-safe (a leading = + - @ tab or CR gets an
 * apostrophe, plain numbers excepted: lib/server/wallet/transactions-csv.ts). A money column becomes two, yuan
 * and fen; an instant its date and time in `zone` (Asia/Shanghai). A money cell that is not money (or the
 * reverse) is a programming error: the columns are declared once, in the export registry.
 */
export function listCsv(columns: readonly CsvColumn[], rows: readonly ExportCell[][], words: CsvWords, zone: string): string {
  const header = columns.flatMap((column) => {
    const heading = words.heading(column.key);
    return column.money ? [words.yuanHeading(heading), words.fenHeading(heading)] : [heading];
  });
  const records = rows.map((row) =>
    row.flatMap((cell, index) => {
      const text = cellText(cell, zone, words);
      const wantsTwo = Boolean(columns[index]?.money);
      if (wantsTwo !== (text.length === 2)) throw new Error(`export column ${columns[index]?.key}: money and cell disagree`);
      return text;
    }),
  );
  return stringify(
    [header, ...records].map((record) => record.map(formulaSafe)),
    { bom: true, record_delimiter: "windows" },
  );
}
