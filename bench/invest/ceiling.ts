import { randomUUID } from "node:crypto";
import type pg from "pg";

/**
 * The ceiling: the SQL placeInvestment sends for one investment (the reads that explain refusals, then the
 * transaction: the investment row, the INVEST_FREEZE entry with its locked accounts, balances and postings, the
 * conditional UPDATE that reserves the amount, FILL when it completes the project), sent through plain `pg` with
 * no ORM, no machine, no rules in JavaScript. Returns whether the amount was reserved.
 */
export async function investThroughPlainPg(pool: pg.Pool, investorId: string, projectId: string, amountFen: bigint): Promise<boolean> {
  const available = `user:${investorId}:available`;
  const frozen = `user:${investorId}:frozen`;
  await Promise.all([
    pool.query(`SELECT "verifiedAt", "idNumberCipher" FROM "InvestorProfile" WHERE "userId" = $1`, [investorId]),
    pool.query(`SELECT "value" FROM "PlatformSetting" WHERE "key" = 'identityRules'`),
    pool.query(`SELECT "status", "amountFen", "fundedFen", "minInvestmentFen", "fundraisingDeadline" FROM "LoanProject" WHERE "id" = $1`, [
      projectId,
    ]),
    pool.query(`SELECT "code", "balanceFen" FROM "LedgerAccount" WHERE "code" = ANY($1::text[])`, [[available, frozen]]),
    pool.query(`SELECT "value" FROM "PlatformSetting" WHERE "key" = 'investments'`),
  ]);
  const client = await pool.connect();
  const id = randomUUID();
  const now = new Date();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "Investment" ("id", "projectId", "investorId", "amountFen", "status", "riskNoticeAcceptedAt", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, 'PENDING', $5, $5, $5)`,
      [id, projectId, investorId, amountFen.toString(), now],
    );
    const entry = await client.query<{ id: string }>(
      `INSERT INTO "JournalEntry" ("id", "idempotencyKey", "kind", "fingerprint") VALUES ($1, $2, 'INVEST_FREEZE', $3)
       ON CONFLICT DO NOTHING RETURNING "id"`,
      [randomUUID(), `invest:${id}`, "ceiling"],
    );
    const entryId = entry.rows[0]?.id;
    // As postEntry: which accounts exist, then create the missing ones (an investor's frozen account, once).
    const existing = await client.query<{ code: string }>(`SELECT "code" FROM "LedgerAccount" WHERE "code" = ANY($1::text[])`, [
      [available, frozen],
    ]);
    if (existing.rows.length < 2) {
      await client.query(
        `INSERT INTO "LedgerAccount" ("id", "code", "kind", "userId") VALUES ($1, $2, 'USER_FROZEN', $3) ON CONFLICT DO NOTHING`,
        [randomUUID(), frozen, investorId],
      );
    }
    const locked = await client.query<{ id: string; code: string }>(
      `SELECT "id", "code", "kind", "balanceFen" FROM "LedgerAccount" WHERE "code" = ANY($1::text[]) ORDER BY "code" COLLATE "C" FOR UPDATE`,
      [[available, frozen]],
    );
    await client.query(
      `UPDATE "LedgerAccount" AS a SET "balanceFen" = a."balanceFen" + v."amount"::bigint
       FROM unnest($1::text[], $2::text[]) AS v("code", "amount") WHERE a."code" = v."code"`,
      [
        [available, frozen],
        [(-amountFen).toString(), amountFen.toString()],
      ],
    );
    const idOf = new Map(locked.rows.map((row) => [row.code, row.id]));
    await client.query(
      `INSERT INTO "Posting" ("entryId", "accountId", "amountFen")
       SELECT $1, v."accountId", v."amountFen"::bigint FROM unnest($2::text[], $3::text[]) AS v("accountId", "amountFen")`,
      [entryId, [idOf.get(available), idOf.get(frozen)], [(-amountFen).toString(), amountFen.toString()]],
    );
    const reserved = await client.query<{ fundedFen: string; amountFen: string }>(
      `UPDATE "LoanProject" SET "fundedFen" = "fundedFen" + $1::bigint, "updatedAt" = $3
        WHERE "id" = $2 AND "status" = 'FUNDRAISING' AND "fundraisingDeadline" > $3
          AND $1::bigint > 0 AND "fundedFen" + $1::bigint <= "amountFen"
          AND ($1::bigint % "minInvestmentFen" = 0
               OR ("amountFen" - "fundedFen" < "minInvestmentFen" AND "fundedFen" + $1::bigint = "amountFen"))
       RETURNING "fundedFen", "amountFen"`,
      [amountFen.toString(), projectId, now],
    );
    const row = reserved.rows[0];
    if (!row) {
      await client.query("ROLLBACK");
      return false;
    }
    if (row.fundedFen === row.amountFen) {
      await client.query(`UPDATE "LoanProject" SET "status" = 'FULLY_FUNDED' WHERE "id" = $1 AND "status" = 'FUNDRAISING'`, [projectId]);
      await client.query(
        `INSERT INTO "StatusHistory" ("entityType", "entityId", "fromStatus", "toStatus", "event") VALUES ('LOAN_PROJECT', $1, 'FUNDRAISING', 'FULLY_FUNDED', 'FILL')`,
        [projectId],
      );
    }
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
