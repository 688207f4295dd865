import type { BusinessDate } from "@/lib/domain/dates";
import type { Tx } from "@/lib/server/db/types";
import { applyTransition, applyTransitionMany } from "@/lib/server/lifecycle";
import { projectStanding } from "@/lib/server/overdue/standing";

/**
 * After a repayment (docs/domain/repayment.md step 6): nothing owed at all → the project SETTLEs (from REPAYING,
 * OVERDUE or BAD_DEBT) and its HOLDING investments SETTLE with it; an OVERDUE project with no overdue instalment
 * left → CURE. Both by the system, in the caller's transaction; the machines' guards re-read the standing.
 * Returns the project's event, or null.
 */
export async function settleOrCure(tx: Tx, projectId: string, asOf: BusinessDate, now: Date): Promise<"CURE" | "SETTLE" | null> {
  const project = await tx.loanProject.findUniqueOrThrow({ where: { id: projectId }, select: { status: true } });
  const standing = await projectStanding(tx, projectId, asOf);
  if (standing.remainingDueFen === 0n) {
    await applyTransition(tx, { entity: "LOAN_PROJECT", id: projectId, event: "SETTLE", actor: null });
    const holding = await tx.investment.findMany({ where: { projectId, status: "HOLDING" }, select: { id: true } });
    await applyTransitionMany(tx, {
      entity: "INVESTMENT",
      ids: holding.map((i) => i.id),
      from: "HOLDING",
      event: "SETTLE",
      actor: null,
      now,
    });
    return "SETTLE";
  }
  if (project.status === "OVERDUE" && !standing.hasOverdueInstalments) {
    await applyTransition(tx, { entity: "LOAN_PROJECT", id: projectId, event: "CURE", actor: null });
    return "CURE";
  }
  return null;
}
