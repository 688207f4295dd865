import type { SqlRunner } from "@/lib/server/db/migrate";

/** What the benchmark's statement is made of, and the differences planted in it. */
export interface ReconciliationSeed {
  deposits: number;
  outflows: number;
  lines: number;
  planted: { MISSING_ON_PLATFORM: number; MISSING_AT_GATEWAY: number; AMOUNT_MISMATCH: number; DUPLICATE_SERIAL: number };
}

/**
 * `movements` platform movements on business date `day` (Asia/Shanghai), built by set-based SQL (no services:
 * 100,000 rows in seconds): 4/5 PAID deposits (gatewaySerial BD-n) of 1,000 investors, 1/5 TRANSFERRED
 * withdrawals (externalSerial BO-n) to their cards. No ledger entries: the import reads movements, not balances.
 */
export async function seedMovements(sql: SqlRunner, day: string, movements: number): Promise<{ deposits: number; outflows: number }> {
  const outflows = Math.floor(movements / 5);
  const deposits = movements - outflows;
  await sql.query(
    `INSERT INTO "User" ("id", "email", "passwordHash", "role", "displayName", "updatedAt")
     SELECT 'bench-u' || g, 'bench-investor-' || g || '@example.test', 'not-a-hash', 'INVESTOR'::"Role", 'Investor ' || g, now()
       FROM generate_series(1, 1000) g
     UNION ALL SELECT 'bench-sup', 'bench-sup@example.test', 'not-a-hash', 'SUPERVISOR', 'Supervisor', now()
     UNION ALL SELECT 'bench-cs', 'bench-cs@example.test', 'not-a-hash', 'CUSTOMER_SERVICE', 'Customer service', now()`,
  );
  await sql.query(
    `INSERT INTO "BankCard" ("id", "userId", "holderName", "bankName", "numberCipher", "numberHash", "numberLast4")
     SELECT 'bench-card' || g, 'bench-u' || g, 'Investor ' || g, 'ICBC', 'cipher', 'hash' || g, lpad((g % 10000)::text, 4, '0')
       FROM generate_series(1, 1000) g`,
  );
  // Times spread over the day from 00:00:05 Shanghai (16:00:05 UTC the day before).
  await sql.query(
    `INSERT INTO "Deposit" ("id", "userId", "amountFen", "status", "gatewaySerial", "expiresAt", "paidAt", "createdAt", "updatedAt")
     SELECT 'bench-d' || g, 'bench-u' || (1 + g % 1000), 10000 + g % 500000, 'PAID', 'BD-' || g,
            ($1::date - interval '8 hours') + (g * interval '1 second' * 86000 / $2::int) + interval '30 minutes',
            ($1::date - interval '8 hours') + (g * interval '1 second' * 86000 / $2::int) + interval '5 seconds',
            ($1::date - interval '8 hours') + (g * interval '1 second' * 86000 / $2::int), now()
       FROM generate_series(1, $2::int) g`,
    [day, deposits],
  );
  await sql.query(
    `INSERT INTO "Outflow" ("id", "kind", "userId", "bankCardId", "amountFen", "status", "externalSerial", "requestedById",
                            "decidedById", "decidedAt", "transferredById", "transferredAt", "updatedAt")
     SELECT 'bench-o' || g, 'WITHDRAWAL', 'bench-u' || (1 + g % 1000), 'bench-card' || (1 + g % 1000), 5000 + g % 300000,
            'TRANSFERRED', 'BO-' || g, 'bench-u' || (1 + g % 1000), 'bench-sup', $1::date - interval '8 hours', 'bench-cs',
            ($1::date - interval '8 hours') + (g * interval '1 second' * 86000 / $2::int) + interval '7 seconds', now()
       FROM generate_series(1, $2::int) g`,
    [day, outflows],
  );
  await sql.exec(`ANALYZE "User"; ANALYZE "Deposit"; ANALYZE "Outflow"; ANALYZE "BankCard";`);
  return { deposits, outflows };
}

/** Undoes an import (lines, differences, reconciled outflows, their history and audit rows) so the next run finds the same work. */
export async function resetImport(sql: SqlRunner): Promise<void> {
  await sql.exec(`
    DELETE FROM "ReconciliationDifference";
    DELETE FROM "StatementLine";
    DELETE FROM "StatementImport";
    DELETE FROM "StatusHistory" WHERE "event" = 'RECONCILE';
    DELETE FROM "AuditLog" WHERE "action" = 'STATEMENT_IMPORTED';
    UPDATE "Outflow" SET "status" = 'TRANSFERRED' WHERE "status" = 'RECONCILED';`);
  // Outside a transaction block: one statement each.
  await sql.exec(`VACUUM ANALYZE "StatementLine"`);
  await sql.exec(`VACUUM ANALYZE "Outflow"`);
  await sql.exec(`VACUUM ANALYZE "ReconciliationDifference"`);
}
