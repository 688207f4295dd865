import type { DbOrTx } from "@/lib/server/db/types";

/**
 * The ledger invariants of DESIGN.md §2, checked with SQL aggregates over the whole database:
 * 1. the postings of all entries sum to 0 (and each entry's postings sum to 0, with at least two);
 * 2. every account's cached balance equals the sum of its postings;
 * 3. no account but the gateway and reconciliation's suspense account is negative;
 * 4. the money inside the platform (minus the gateway balance) equals the sum of the user, escrow, fee and
 *    suspense balances (suspense: what reconciliation's corrections hold unattributed, or are owed back).
 * Throws an Error listing every violation; returns the totals for further assertions.
 */
export async function assertLedgerInvariants(db: DbOrTx): Promise<{ insidePlatformFen: bigint; postings: number }> {
  const problems: string[] = [];

  const [totals] = await db.$queryRaw<{ total: bigint | null; count: bigint }[]>`
    SELECT SUM("amountFen")::bigint AS total, COUNT(*)::bigint AS count FROM "Posting"`;
  if ((totals.total ?? 0n) !== 0n) problems.push(`all postings sum to ${totals.total}, not 0`);

  const badEntries = await db.$queryRaw<{ id: string; total: bigint | null; count: bigint }[]>`
    SELECT e."id", SUM(p."amountFen")::bigint AS total, COUNT(p."id")::bigint AS count
      FROM "JournalEntry" e LEFT JOIN "Posting" p ON p."entryId" = e."id"
     GROUP BY e."id"
    HAVING COALESCE(SUM(p."amountFen"), 0) <> 0 OR COUNT(p."id") < 2
     LIMIT 20`;
  for (const e of badEntries) problems.push(`entry ${e.id}: ${e.count} postings summing to ${e.total ?? 0n}`);

  const drifted = await db.$queryRaw<{ code: string; cached: bigint; actual: bigint }[]>`
    SELECT a."code", a."balanceFen" AS cached, COALESCE(SUM(p."amountFen"), 0)::bigint AS actual
      FROM "LedgerAccount" a LEFT JOIN "Posting" p ON p."accountId" = a."id"
     GROUP BY a."id", a."code", a."balanceFen"
    HAVING a."balanceFen" <> COALESCE(SUM(p."amountFen"), 0)
     LIMIT 20`;
  for (const a of drifted) problems.push(`account ${a.code}: cached balance ${a.cached} ≠ postings ${a.actual}`);

  const negative = await db.$queryRaw<{ code: string; balance: bigint }[]>`
    SELECT "code", "balanceFen" AS balance FROM "LedgerAccount"
     WHERE "kind" NOT IN ('PLATFORM_GATEWAY', 'PLATFORM_SUSPENSE') AND "balanceFen" < 0 LIMIT 20`;
  for (const a of negative) problems.push(`account ${a.code} is negative: ${a.balance}`);

  const [money] = await db.$queryRaw<{ gateway: bigint; held: bigint }[]>`
    SELECT COALESCE(SUM("balanceFen") FILTER (WHERE "kind" = 'PLATFORM_GATEWAY'), 0)::bigint AS gateway,
           COALESCE(SUM("balanceFen") FILTER (WHERE "kind" IN ('USER_AVAILABLE', 'USER_FROZEN', 'LOAN_ESCROW', 'PLATFORM_FEES', 'PLATFORM_SUSPENSE')), 0)::bigint AS held
      FROM "LedgerAccount"`;
  const insidePlatformFen = -money.gateway;
  if (insidePlatformFen !== money.held) {
    problems.push(`money inside the platform ${insidePlatformFen} ≠ user + escrow + fee + suspense balances ${money.held}`);
  }

  if (problems.length > 0) throw new Error(`Ledger invariants violated:\n- ${problems.join("\n- ")}`);
  return { insidePlatformFen, postings: Number(totals.count) };
}
