import { parse as parseCsv } from "csv-parse/sync";
import { z } from "zod";

/**
 * The payment gateway's statement (对账单), as the sandbox exports it (sandbox-payments/statement.ts,
 * README "GET /api/statement"): CSV (UTF-8 with BOM, CRLF, header line, cells guarded against formula
 * injection with a leading `'`) or JSON ({ from, to, currency, movements, totals, [openingBalanceFen,
 * closingBalanceFen] }). Columns: serial, time (ISO with offset), direction IN|OUT, amountFen, amountYuan,
 * orderNo, reference, counterparty, cardNumber[, balanceFen = the merchant account's balance after the
 * movement]. Pure: no I/O, no clock. docs/domain/reconciliation.md#statement-format
 */
export type StatementFormatName = "csv" | "json";

/** One movement of a statement, validated. Amounts in fen. */
export interface ParsedLine {
  /** 1-based: the CSV's data line (header not counted) or the JSON movement's position. */
  lineNo: number;
  serial: string;
  direction: "IN" | "OUT";
  amountFen: bigint;
  occurredAt: Date;
  orderNo: string | null;
  reference: string | null;
  counterparty: string | null;
  cardNumber: string | null;
  /** The merchant account's balance after this movement, when the statement gives it. */
  balanceFen: bigint | null;
}

export interface ParsedStatement {
  lines: ParsedLine[];
  /** The JSON's bounds as given (ISO instants, `to` exclusive) or null (CSV, or unbounded). */
  from: Date | null;
  to: Date | null;
  openingBalanceFen: bigint | null;
  closingBalanceFen: bigint | null;
}

/** Why a statement was refused: the 1-based line (0 = the file as a whole), the field and what is wrong. */
export class StatementInvalid extends Error {
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(line > 0 ? `Statement line ${line}: ${detail}` : `Statement: ${detail}`);
    this.name = "StatementInvalid";
  }
}

export const STATEMENT_COLUMNS = [
  "serial",
  "time",
  "direction",
  "amountFen",
  "amountYuan",
  "orderNo",
  "reference",
  "counterparty",
  "cardNumber",
] as const;

/** The most lines one statement may have: a year of a busy merchant account, and what one transaction can hold. */
export const MAX_STATEMENT_LINES = 1_000_000;

const positiveFen = z.string().regex(/^[1-9][0-9]{0,17}$/, "a positive amount in fen (whole number)");
// No control characters in any text field (a statement has none, and the import packs values with one).
function noControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return false;
  }
  return true;
}
const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .refine(noControl, "no control characters")
    .nullish()
    .transform((value) => (value === undefined || value === null || value.trim() === "" ? null : value.trim()));

const movementSchema = z.object({
  serial: z.string().trim().min(1, "a serial").max(64).refine(noControl, "no control characters"),
  time: z.iso.datetime({ offset: true, message: "an ISO time with its offset" }),
  direction: z.enum(["IN", "OUT"], { message: "IN or OUT" }),
  amountFen: positiveFen,
  amountYuan: z.string().max(32).nullish(),
  orderNo: optionalText(64),
  reference: optionalText(64),
  counterparty: optionalText(200),
  cardNumber: optionalText(32),
  balanceFen: z
    .string()
    .regex(/^-?(0|[1-9][0-9]{0,17})$/, "a balance in fen")
    .nullish()
    .or(z.literal("").transform(() => null)),
});

type Movement = z.infer<typeof movementSchema>;

/** A cell the exporter guarded against formula injection (`'=…`, `'+…`, `'-…`, `'@…`, tab, CR) loses its `'`. */
export function unguardCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function toLine(movement: Movement, lineNo: number): ParsedLine {
  // amountYuan is for people; when given it must say the same as amountFen (an edited file is refused).
  if (movement.amountYuan !== undefined && movement.amountYuan !== null && movement.amountYuan !== "") {
    const yuan = movement.amountYuan.replace(/,/g, "");
    const match = /^([0-9]+)(?:\.([0-9]{1,2}))?$/.exec(yuan);
    const asFen = match ? BigInt(match[1] as string) * 100n + BigInt((match[2] ?? "").padEnd(2, "0") || "0") : null;
    if (asFen !== BigInt(movement.amountFen))
      throw new StatementInvalid(lineNo, `amountYuan ${movement.amountYuan} ≠ amountFen ${movement.amountFen}`);
  }
  return {
    lineNo,
    serial: movement.serial,
    direction: movement.direction,
    amountFen: BigInt(movement.amountFen),
    occurredAt: new Date(movement.time),
    orderNo: movement.orderNo,
    reference: movement.reference,
    counterparty: movement.counterparty,
    cardNumber: movement.cardNumber,
    balanceFen: movement.balanceFen === undefined || movement.balanceFen === null ? null : BigInt(movement.balanceFen),
  };
}

function validate(raw: unknown, lineNo: number): ParsedLine {
  const result = movementSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new StatementInvalid(lineNo, `${issue?.path.join(".") || "line"}: ${issue?.message ?? "invalid"}`);
  }
  return toLine(result.data, lineNo);
}

function parseCsvStatement(content: string): ParsedStatement {
  let records: string[][];
  try {
    records = parseCsv(content, { bom: true, relax_column_count: false, skip_empty_lines: true, max_record_size: 4096 });
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === "number" ? (error as { lines: number }).lines - 1 : 0;
    throw new StatementInvalid(Math.max(line, 0), `not readable as CSV (${(error as Error).message})`);
  }
  const [header, ...rows] = records;
  if (!header) throw new StatementInvalid(0, "empty file (no header line)");
  const columns = header.map((name) => name.trim());
  const expected = STATEMENT_COLUMNS.join(",");
  const withBalance = `${expected},balanceFen`;
  if (columns.join(",") !== expected && columns.join(",") !== withBalance) {
    throw new StatementInvalid(0, `header must be ${expected}[,balanceFen], is ${columns.join(",")}`);
  }
  if (rows.length > MAX_STATEMENT_LINES) throw new StatementInvalid(0, `more than ${MAX_STATEMENT_LINES} lines`);
  const lines = rows.map((row, index) => {
    const raw: Record<string, string> = {};
    columns.forEach((column, i) => {
      raw[column] = unguardCell(row[i] ?? "");
    });
    return validate(raw, index + 1);
  });
  return { lines, from: null, to: null, ...balancesFromLines(lines) };
}

const jsonStatementSchema = z.object({
  from: z.string().nullish(),
  to: z.string().nullish(),
  currency: z.literal("CNY", { message: "currency must be CNY" }),
  movements: z.array(z.unknown()).max(MAX_STATEMENT_LINES),
  totals: z.unknown().optional(),
  openingBalanceFen: z.string().nullish(),
  closingBalanceFen: z.string().nullish(),
});

function bound(value: string | null | undefined, name: string): Date | null {
  if (value === undefined || value === null || value === "") return null;
  if (!z.iso.datetime({ offset: true }).safeParse(value).success)
    throw new StatementInvalid(0, `${name} must be an ISO time with its offset`);
  return new Date(value);
}

function balance(value: string | null | undefined, name: string): bigint | null {
  if (value === undefined || value === null || value === "") return null;
  if (!/^-?(0|[1-9][0-9]{0,17})$/.test(value)) throw new StatementInvalid(0, `${name} must be an amount in fen`);
  return BigInt(value);
}

function parseJsonStatement(content: string): ParsedStatement {
  let raw: unknown;
  try {
    raw = JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new StatementInvalid(0, `not JSON (${(error as Error).message})`);
  }
  const result = jsonStatementSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new StatementInvalid(0, `${issue?.path.join(".") || "statement"}: ${issue?.message ?? "invalid"}`);
  }
  const statement = result.data;
  const lines = statement.movements.map((movement, index) => validate(movement, index + 1));
  const fromLines = balancesFromLines(lines);
  return {
    lines,
    from: bound(statement.from, "from"),
    to: bound(statement.to, "to"),
    openingBalanceFen: balance(statement.openingBalanceFen, "openingBalanceFen") ?? fromLines.openingBalanceFen,
    closingBalanceFen: balance(statement.closingBalanceFen, "closingBalanceFen") ?? fromLines.closingBalanceFen,
  };
}

/** Opening and closing balance from the lines' running balance (the first before its movement, the last after its). */
function balancesFromLines(lines: readonly ParsedLine[]): Pick<ParsedStatement, "openingBalanceFen" | "closingBalanceFen"> {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last || first.balanceFen === null || last.balanceFen === null) return { openingBalanceFen: null, closingBalanceFen: null };
  const signed = first.direction === "IN" ? first.amountFen : -first.amountFen;
  return { openingBalanceFen: first.balanceFen - signed, closingBalanceFen: last.balanceFen };
}

/**
 * Parses and validates a whole statement; the first bad line refuses the file (StatementInvalid with its line
 * number), so a statement is imported whole or not at all.
 * @throws StatementInvalid
 */
export function parseStatement(content: string, format: StatementFormatName): ParsedStatement {
  return format === "csv" ? parseCsvStatement(content) : parseJsonStatement(content);
}
