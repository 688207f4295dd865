import type { LedgerAccount } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/server/db/types";
import type { AccountSpec } from "./accounts";

/**
 * Creates the accounts that do not exist yet, in code order, with `INSERT … ON CONFLICT DO NOTHING`
 * (so concurrent first uses of one account do not fail), and returns nothing: read them afterwards.
 */
export async function createMissingAccounts(db: DbOrTx, specs: AccountSpec[]): Promise<void> {
  const byCode = new Map<string, AccountSpec>();
  for (const spec of specs) byCode.set(spec.code, spec);
  if (byCode.size === 0) return;
  // Most entries move accounts that exist already: one read of the missing codes (usually none) instead of
  // an insert of them all (an insert of 5,000 existing accounts costs Prisma ~0.9 s to build).
  const [row] = await db.$queryRaw<{ missing: string | null }[]>`
    SELECT string_agg(c."code", ',') AS "missing" FROM unnest(string_to_array(${joinCodes([...byCode.keys()])}, ',')) AS c("code")
     WHERE NOT EXISTS (SELECT 1 FROM "LedgerAccount" a WHERE a."code" = c."code")`;
  const missing = new Set((row?.missing ?? "").split(","));
  for (const code of byCode.keys()) if (!missing.has(code)) byCode.delete(code);
  const sorted = [...byCode.values()].sort((a, b) => compareCodes(a.code, b.code));
  if (sorted.length === 0) return;
  await db.ledgerAccount.createMany({
    data: sorted.map((spec) => ({
      code: spec.code,
      kind: spec.kind,
      userId: spec.userId ?? null,
      projectId: spec.projectId ?? null,
    })),
    skipDuplicates: true,
  });
}

/** The account with this code, created when missing (upsert by code). */
export async function ensureAccount(db: DbOrTx, spec: AccountSpec): Promise<LedgerAccount> {
  await createMissingAccounts(db, [spec]);
  const account = await db.ledgerAccount.findUniqueOrThrow({ where: { code: spec.code } });
  assertAccountMatches(account, spec);
  return account;
}

export function assertAccountMatches(account: Pick<LedgerAccount, "code" | "kind">, spec: AccountSpec): void {
  if (account.kind !== spec.kind) {
    throw new Error(`Ledger account ${spec.code} is ${account.kind}, not ${spec.kind}`);
  }
}

/** Byte order, independent of locale, so every process locks accounts in the same order. */
export const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Account codes as one comma-separated text for `string_to_array(…, ',')`: binding a text array of 5,000 costs
 * Prisma more than the statement (bench/repayment). Codes are made of ids and fixed words (accounts.ts).
 * @throws Error when a code holds a comma
 */
export function joinCodes(codes: readonly string[]): string {
  for (const code of codes) if (code.includes(",")) throw new Error(`Ledger account code ${code} holds a comma`);
  return codes.join(",");
}
