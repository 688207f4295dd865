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
  epochMs: number;
}

/**
 * Every movement of money through the merchant account, oldest first: paid orders in, transfers out.
 * @param from epoch ms, inclusive (null: from the start)
 * @param to epoch ms, exclusive (null: until now)
 */
export function movements(state: SandboxState, from: number | null, to: number | null): Movement[] {
  const all: Movement[] = [];
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
  return all
    .filter((movement) => (from === null || movement.epochMs >= from) && (to === null || movement.epochMs < to))
    .sort((a, b) => a.epochMs - b.epochMs || a.serial.localeCompare(b.serial));
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

export function statementCsv(rows: readonly Movement[]): string {
  return toCsv(
    STATEMENT_COLUMNS,
    rows.map((row) => STATEMENT_COLUMNS.map((column) => row[column] ?? "")),
  );
}

export function statementJson(rows: readonly Movement[], from: number | null, to: number | null) {
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
  };
}
