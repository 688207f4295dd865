import { type BusinessDate, businessDateOf, endOfBusinessDay, parseBusinessDate, startOfBusinessDay } from "@/lib/domain/dates";
import type { Actor } from "@/lib/domain/permissions";
import { assertCan } from "@/lib/server/auth/assert-can";
import { getBusinessTimeZone, getClock } from "@/lib/server/clock";
import type { DbOrTx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { emptyCounts } from "./counts";
import type { DailyReport, ReconciliationDifferenceKind } from "./types";

type Sum = { direction: "IN" | "OUT"; count: bigint; total: bigint | null };

/**
 * The reconciliation report of one business day (Asia/Shanghai): the statement's totals in and out (every line
 * dated that day, duplicates included) against the platform's (deposits PAID, outflows TRANSFERRED or
 * RECONCILED that day), how many lines matched and the differences dated that day per kind, and the money the
 * platform holds at the gateway at the day's end (minus platform:gateway: its current balance for today or
 * later, else its postings until the day's end) against the statement's closing balance that day (the last
 * line's balance, else a statement ending that day that gave one). Capability reconciliation.view (FORBIDDEN);
 * VALIDATION for a date that is not YYYY-MM-DD.
 */
export async function readDailyReport(db: DbOrTx, viewer: Actor, businessDate: string): Promise<DailyReport> {
  assertCan(viewer, "reconciliation.view");
  const day = parseBusinessDate(businessDate);
  if (!day) throw new DomainError("VALIDATION", "not a business date", { businessDate: ["validation.date"] });
  const zone = getBusinessTimeZone();
  const start = startOfBusinessDay(day, zone);
  const end = endOfBusinessDay(day, zone);

  const [statementSums, platformSums, matchedRows, differenceRows, balanceRows, lastLine, closingImport] = await Promise.all([
    db.$queryRaw<Sum[]>`
      SELECT "direction"::text AS "direction", COUNT(*)::bigint AS "count", SUM("amountFen")::bigint AS "total"
        FROM "StatementLine" WHERE "businessDate" = ${day}::date GROUP BY "direction"`,
    db.$queryRaw<Sum[]>`
      SELECT 'IN' AS "direction", COUNT(*)::bigint AS "count", SUM("amountFen")::bigint AS "total"
        FROM "Deposit" WHERE "status" = 'PAID' AND "paidAt" >= ${start} AND "paidAt" < ${end}
      UNION ALL
      SELECT 'OUT', COUNT(*)::bigint, SUM("amountFen")::bigint
        FROM "Outflow" WHERE "status" IN ('TRANSFERRED', 'RECONCILED') AND "transferredAt" >= ${start} AND "transferredAt" < ${end}`,
    db.$queryRaw<{ count: bigint }[]>`
      SELECT COUNT(*)::bigint AS "count"
        FROM "StatementLine" l
       WHERE l."businessDate" = ${day}::date AND l."occurrence" = 0
         AND (   (l."direction" = 'IN' AND EXISTS (SELECT 1 FROM "Deposit" d WHERE d."gatewaySerial" = l."serial" AND d."amountFen" = l."amountFen"))
              OR (l."direction" = 'OUT' AND EXISTS (SELECT 1 FROM "Outflow" o WHERE o."externalSerial" = l."serial" AND o."amountFen" = l."amountFen")))`,
    db.$queryRaw<{ kind: ReconciliationDifferenceKind; count: bigint; open: bigint }[]>`
      SELECT "kind"::text AS "kind", COUNT(*)::bigint AS "count", COUNT(*) FILTER (WHERE "status" = 'OPEN')::bigint AS "open"
        FROM "ReconciliationDifference" WHERE "businessDate" = ${day}::date GROUP BY "kind"`,
    gatewayBalanceAt(db, day, end, zone),
    db.statementLine.findFirst({
      where: { businessDate: new Date(`${day}T00:00:00Z`), balanceFen: { not: null } },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      select: { balanceFen: true },
    }),
    db.statementImport.findFirst({
      where: { periodTo: new Date(`${day}T00:00:00Z`), closingBalanceFen: { not: null } },
      orderBy: { createdAt: "desc" },
      select: { closingBalanceFen: true },
    }),
  ]);

  const side = (rows: Sum[]) => {
    const of = (direction: "IN" | "OUT") => rows.find((row) => row.direction === direction);
    return {
      inFen: BigInt(of("IN")?.total ?? 0n),
      outFen: BigInt(of("OUT")?.total ?? 0n),
      inCount: Number(of("IN")?.count ?? 0n),
      outCount: Number(of("OUT")?.count ?? 0n),
    };
  };
  const statement = side(statementSums);
  const differences = emptyCounts();
  let open = 0;
  for (const row of differenceRows) {
    differences[row.kind] = Number(row.count);
    open += Number(row.open);
  }
  const platformFen = balanceRows;
  const statementClosingFen = lastLine?.balanceFen ?? closingImport?.closingBalanceFen ?? null;
  return {
    businessDate: day,
    statement: { ...statement, lines: statement.inCount + statement.outCount },
    platform: side(platformSums),
    counts: { matched: Number(matchedRows[0]?.count ?? 0n), differences, open },
    balance: { platformFen, statementClosingFen, differenceFen: statementClosingFen === null ? null : statementClosingFen - platformFen },
    imported: statement.inCount + statement.outCount > 0,
  };
}

/** Money held at the gateway at the end of `day` by the platform's books: minus platform:gateway's balance then. */
async function gatewayBalanceAt(db: DbOrTx, day: BusinessDate, end: Date, zone: string): Promise<bigint> {
  const today = businessDateOf(getClock().now(), zone);
  if (day >= today) {
    const account = await db.ledgerAccount.findUnique({ where: { code: "platform:gateway" }, select: { balanceFen: true } });
    return -(account?.balanceFen ?? 0n);
  }
  // Postings carry the database's time of posting (the real clock in production).
  const [row] = await db.$queryRaw<{ total: bigint | null }[]>`
    SELECT SUM(p."amountFen")::bigint AS "total"
      FROM "Posting" p JOIN "LedgerAccount" a ON a."id" = p."accountId"
     WHERE a."code" = 'platform:gateway' AND p."createdAt" < ${end}`;
  return -BigInt(row?.total ?? 0n);
}
