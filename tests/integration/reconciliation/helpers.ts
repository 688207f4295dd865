import type { Deposit, Outflow } from "@/lib/generated/prisma/client";
import { fixedClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { applyGatewayOutcome } from "@/lib/server/deposits/apply-gateway-outcome";
import { approveOutflow, recordOutflowTransfer } from "@/lib/server/outflows";
import { requestWithdrawal } from "@/lib/server/withdrawals";
import { openDeposit } from "../deposits/helpers";
import { investorWithCard } from "../support/bank-card-holders";
import { actor, type Staff } from "../withdrawals/helpers";

export const ZONE = "Asia/Shanghai";

/** An instant on business date `day` (Asia/Shanghai) at `hh:mm`. */
export const at = (day: string, time = "10:00") => new Date(`${day}T${time}:00+08:00`);

/** A deposit of `amountFen` paid under `serial` at `paidAt`, through the one credit path. */
export async function paidDeposit(db: Db, amountFen: bigint, serial: string, paidAt: Date): Promise<Deposit> {
  const deposit = await openDeposit(db, amountFen);
  await withTransaction(db, (tx) =>
    applyGatewayOutcome(tx, deposit.id, { status: "PAID", amountFen, currency: "CNY", gatewaySerial: serial, paidAt }),
  );
  return db.deposit.findUniqueOrThrow({ where: { id: deposit.id } });
}

/** A withdrawal approved by a supervisor and recorded transferred by customer service under `serial` at `when`. */
export async function transferredWithdrawal(db: Db, people: Staff, amountFen: bigint, serial: string, when: Date): Promise<Outflow> {
  const { user, card } = await investorWithCard(db, amountFen);
  const outflow = await requestWithdrawal(db, { userId: user.id, amountFen, bankCardId: card.id });
  await approveOutflow(db, actor(people.sup), outflow.id);
  await recordOutflowTransfer(db, actor(people.cs), outflow.id, serial, { clock: fixedClock(when, ZONE) });
  return db.outflow.findUniqueOrThrow({ where: { id: outflow.id } });
}

export interface Line {
  serial: string;
  time: Date;
  direction: "IN" | "OUT";
  amountFen: bigint;
  orderNo?: string | null;
  reference?: string | null;
  counterparty?: string;
  cardNumber?: string | null;
  balanceFen?: bigint;
}

const iso = (date: Date) => new Date(date.getTime() + 8 * 3_600_000).toISOString().replace("Z", "+08:00");
const yuan = (fen: bigint) => `${fen / 100n}.${(fen % 100n).toString().padStart(2, "0")}`;
const guard = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** The sandbox's CSV export: BOM, CRLF, guarded cells; balanceFen column when every line has one. */
export function statementCsv(lines: readonly Line[]): string {
  const withBalance = lines.length > 0 && lines.every((line) => line.balanceFen !== undefined);
  const header = ["serial", "time", "direction", "amountFen", "amountYuan", "orderNo", "reference", "counterparty", "cardNumber"];
  if (withBalance) header.push("balanceFen");
  const rows = lines.map((line) => {
    const cells = [
      line.serial,
      iso(line.time),
      line.direction,
      line.amountFen.toString(),
      yuan(line.amountFen),
      line.orderNo ?? "",
      line.reference ?? "",
      line.counterparty ?? "someone",
      line.cardNumber ?? "",
    ];
    if (withBalance) cells.push(String(line.balanceFen));
    return cells.map((cell) => {
      const guarded = guard(cell);
      return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
    });
  });
  return `\uFEFF${[header, ...rows].map((row) => row.join(",")).join("\r\n")}\r\n`;
}

/** The sandbox's JSON export for business dates `from` … `to`. */
export function statementJson(lines: readonly Line[], from: string, to: string, balances?: { opening: bigint; closing: bigint }): string {
  const next = new Date(at(to, "00:00").getTime() + 24 * 3_600_000);
  return JSON.stringify({
    from: iso(at(from, "00:00")),
    to: iso(next),
    currency: "CNY",
    movements: lines.map((line) => ({
      serial: line.serial,
      time: iso(line.time),
      direction: line.direction,
      amountFen: line.amountFen.toString(),
      amountYuan: yuan(line.amountFen),
      orderNo: line.orderNo ?? null,
      reference: line.reference ?? null,
      counterparty: line.counterparty ?? "someone",
      cardNumber: line.cardNumber ?? null,
      ...(line.balanceFen !== undefined ? { balanceFen: line.balanceFen.toString() } : {}),
    })),
    totals: {},
    ...(balances ? { openingBalanceFen: balances.opening.toString(), closingBalanceFen: balances.closing.toString() } : {}),
  });
}

/** Row counts of everything an import writes. */
export async function reconciliationCounts(db: Db) {
  const [imports, lines, differences, entries, audits] = await Promise.all([
    db.statementImport.count(),
    db.statementLine.count(),
    db.reconciliationDifference.count(),
    db.journalEntry.count(),
    db.auditLog.count(),
  ]);
  return { imports, lines, differences, entries, audits };
}
