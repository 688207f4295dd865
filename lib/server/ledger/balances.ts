import type { DbOrTx } from "@/lib/server/db/types";
import { userAvailable, userFrozen } from "./accounts";

export interface UserBalances {
  availableFen: bigint;
  frozenFen: bigint;
}

/** A user's wallet balances (0 for accounts that do not exist yet). Reads the cached balances. */
export async function getBalances(db: DbOrTx, userId: string): Promise<UserBalances> {
  const available = userAvailable(userId).code;
  const frozen = userFrozen(userId).code;
  const rows = await db.ledgerAccount.findMany({
    where: { code: { in: [available, frozen] } },
    select: { code: true, balanceFen: true },
  });
  const balanceOf = (code: string) => rows.find((r) => r.code === code)?.balanceFen ?? 0n;
  return { availableFen: balanceOf(available), frozenFen: balanceOf(frozen) };
}
