import { toCsv } from "./csv";
import { fenToYuan } from "./money";
import type { SandboxState } from "./state";
import { isoCst } from "./time";

export interface Movement {
  serial: string;
  /** ISO, +08:00. */
  time: string;
  direction: "IN" | "OUT";
  amountFen: string;
  amountYuan: string;
  /** IN: the platform's order number; OUT: the platform's reference (outflow id). */
  orderNo: string | null;
  reference: string | null;
  /** IN: the paying user's platform id; OUT: the payee's name. */
  counterparty: string;
  /** OUT: the payee's card, digits. */
  cardNumber: string | null;
  /** The merchant account's balance right after this line (fen, decimal string; may be negative), all time. */
  balanceFen: string;
  epochMs: number;
}

/**
 * What the statement misreports on purpose (test knobs, in memory): `alterAmount` reports another amount for a
 * serial, `duplicate` shows a serial's line twice. The running balances follow the lines as reported, so the
 * statement stays consistent with itself (opening + in − out = closing) the way a wrong statement would be.
 */
export interface StatementKnobs {
  alterAmount: Record<string, string>;
  duplicate: Record<string, true>;
}

export function noStatementKnobs(): StatementKnobs {
  return { alterAmount: {}, duplicate: {} };
}

/** Every movement with its running balance, oldest first, and the balance before `from` (opening). */
export interface StatementRows {
  rows: Movement[];
  /** Fen: the balance before the first movement at or after `from` (0 without `from`). */
  openingBalanceFen: bigint;
  closingBalanceFen: bigint;
}

/**
 * Every movement of money through the merchant account, oldest first: paid orders in, transfers out, each with
 * the account's balance after it (counted from the very first movement, whatever the period).
 * @param from epoch ms, inclusive (null: from the start)
 * @param to epoch ms, exclusive (null: until now)
 */
export function movements(
  state: SandboxState,
  from: number | null,
  to: number | null,
  knobs: StatementKnobs = noStatementKnobs(),
): Movement[] {
  return statementRows(state, from, to, knobs).rows;
}

/** {@link movements} with the period's opening and closing balances. */
export function statementRows(
  state: SandboxState,
  from: number | null,
  to: number | null,
  knobs: StatementKnobs = noStatementKnobs(),
): StatementRows {
  const all: Omit<Movement, "balanceFen">[] = [];
  for (const order of Object.values(state.orders)) {
    if (order.status !== "PAID" || order.paidAt === null || order.gatewaySerial === null) continue;
    all.push({
      serial: order.gatewaySerial,
      time: isoCst(order.paidAt),
      direction: "IN",
      amountFen: order.amountFen,
      amountYuan: fenToYuan(order.amountFen),
      orderNo: order.orderNo,
      reference: null,
      counterparty: order.userId,
      cardNumber: null,
      epochMs: order.paidAt,
    });
  }
  for (const transfer of Object.values(state.transfers)) {
    all.push({
      serial: transfer.serial,
      time: isoCst(transfer.createdAt),
      direction: "OUT",
      amountFen: transfer.amountFen,
      amountYuan: fenToYuan(transfer.amountFen),
      orderNo: null,
      reference: transfer.reference,
      counterparty: transfer.payeeName,
      cardNumber: transfer.cardNumber,
      epochMs: transfer.createdAt,
    });
  }
  all.sort((a, b) => a.epochMs - b.epochMs || a.serial.localeCompare(b.serial));
  let balance = 0n;
  let opening = 0n;
  const rows: Movement[] = [];
  for (const movement of all) {
    const altered = Object.hasOwn(knobs.alterAmount, movement.serial) ? knobs.alterAmount[movement.serial] : undefined;
    const line = altered === undefined ? movement : { ...movement, amountFen: altered, amountYuan: fenToYuan(altered) };
    const copies = Object.hasOwn(knobs.duplicate, movement.serial) ? 2 : 1;
    for (let copy = 0; copy < copies; copy += 1) {
      balance += line.direction === "IN" ? BigInt(line.amountFen) : -BigInt(line.amountFen);
      if (from !== null && line.epochMs < from) {
        opening = balance;
        continue;
      }
      if (to !== null && line.epochMs >= to) continue;
      rows.push({ ...line, balanceFen: balance.toString() });
    }
  }
  const closing = rows.length > 0 ? BigInt(rows[rows.length - 1].balanceFen) : opening;
  return { rows, openingBalanceFen: opening, closingBalanceFen: closing };
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
  "balanceFen",
] as const;

export function statementCsv(rows: readonly Movement[]): string {
  return toCsv(
    STATEMENT_COLUMNS,
    rows.map((row) => STATEMENT_COLUMNS.map((column) => row[column] ?? "")),
  );
}

export function statementJson({ rows, openingBalanceFen, closingBalanceFen }: StatementRows, from: number | null, to: number | null) {
  let inFen = 0n;
  let outFen = 0n;
  for (const row of rows) {
    if (row.direction === "IN") inFen += BigInt(row.amountFen);
    else outFen += BigInt(row.amountFen);
  }
  return {
    from: from === null ? null : isoCst(from),
    to: to === null ? null : isoCst(to),
    currency: "CNY",
    movements: rows.map(({ epochMs: _epochMs, ...row }) => row),
    totals: { inFen: inFen.toString(), outFen: outFen.toString(), netFen: (inFen - outFen).toString() },
    openingBalanceFen: openingBalanceFen.toString(),
    closingBalanceFen: closingBalanceFen.toString(),
  };
}
