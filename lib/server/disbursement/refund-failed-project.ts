import type { InvestmentStatus } from "@/lib/generated/prisma/client";
import { getClock } from "@/lib/server/clock";
import type { Tx } from "@/lib/server/db/types";
import { postEntry, userAvailable, userFrozen } from "@/lib/server/ledger";
import { applyTransitionMany } from "@/lib/server/lifecycle";
import { notifyInvestments } from "@/lib/server/notifications/events";

/** The investment statuses a failed project still holds money for (HOLDING cannot exist before the payout). */
const REFUNDABLE: readonly Extract<InvestmentStatus, "PENDING" | "CONFIRMED">[] = ["PENDING", "CONFIRMED"];

export interface RefundResult {
  /** Investments refunded. */
  count: number;
  /** Fen returned to the investors' available balances. */
  totalFen: bigint;
}

/**
 * Refunds every live investment of a project that has just FAILED (流标: expired, cancelled or refused at the
 * full-subscription review), inside the caller's transaction, after the project's own transition:
 * - the investments PENDING and CONFIRMED → REFUNDED in bulk (applyTransitionMany REFUND by the system, one
 *   statement per starting status), locked first so a concurrent cancel waits instead of going stale;
 * - ONE journal entry REFUND: each investor's frozen → available (one pair of postings per investor), keyed
 *   `refund:<projectId>`, so it can never be posted twice for the project;
 * - the project's fundedFen back to 0: it counts live investments only.
 * A project with no investment left posts nothing. Throws as applyTransitionMany does (GUARD_FAILED if the
 * project is not FAILED). `now`: when the refund happens (the caller's clock; default the server's).
 */
export async function refundFailedProject(tx: Tx, projectId: string, reason: string, now?: Date): Promise<RefundResult> {
  const investments = await tx.$queryRaw<{ id: string; investorId: string; amountFen: bigint; status: InvestmentStatus }[]>`
    SELECT "id", "investorId", "amountFen", "status" FROM "Investment"
    WHERE "projectId" = ${projectId} AND "status"::text = ANY(${REFUNDABLE as string[]}::text[])
    ORDER BY "createdAt", "id"
    FOR UPDATE`;
  for (const from of REFUNDABLE) {
    const ids = investments.filter((row) => row.status === from).map((row) => row.id);
    await applyTransitionMany(tx, { entity: "INVESTMENT", ids, from, event: "REFUND", actor: null, reason, now });
  }
  await tx.loanProject.update({ where: { id: projectId }, data: { fundedFen: 0n } });
  await notifyInvestments(
    tx,
    investments.map((row) => row.id),
    "INVESTMENT_REFUNDED",
    now ?? getClock().now(),
  );

  const perInvestor = new Map<string, bigint>();
  for (const row of investments) perInvestor.set(row.investorId, (perInvestor.get(row.investorId) ?? 0n) + row.amountFen);
  const totalFen = investments.reduce((sum, row) => sum + row.amountFen, 0n);
  if (totalFen > 0n) {
    await postEntry(tx, {
      idempotencyKey: `refund:${projectId}`,
      kind: "REFUND",
      description: `Refund of failed loan project ${projectId}`,
      postings: [...perInvestor].flatMap(([investorId, amountFen]) => [
        { account: userFrozen(investorId), amountFen: -amountFen },
        { account: userAvailable(investorId), amountFen },
      ]),
    });
  }
  return { count: investments.length, totalFen };
}
