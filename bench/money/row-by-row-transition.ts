import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { applyTransition } from "@/lib/server/lifecycle";

/**
 * The baseline of `npm run bench:money`'s bulk transition: the same refunds as applyTransitionMany, one
 * applyTransition per investment (read, facts, conditional update, history row) in one transaction.
 */
export function refundRowByRow(db: Db, ids: readonly string[]): Promise<void> {
  return withTransaction(
    db,
    async (tx) => {
      for (const id of ids) await applyTransition(tx, { entity: "INVESTMENT", id, event: "REFUND", actor: null });
    },
    { timeout: 600_000 },
  );
}
