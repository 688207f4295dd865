import { fundraisingDeadlineOf } from "@/lib/domain/dates";
import type { RiskGrade } from "@/lib/generated/prisma/enums";
import { type Clock, getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db, Tx } from "@/lib/server/db/types";
import { forbidden, notFound } from "@/lib/server/errors";
import { applyTransition } from "@/lib/server/transitions";
import { type Actor, requireEventRole } from "./scope";

export async function passPreliminaryReview(db: Db, actor: Actor, projectId: string, comment?: string) {
  requireEventRole("PASS_PRELIMINARY", actor);
  return withTransaction(db, (tx) =>
    applyTransition(tx, {
      entity: "LOAN_PROJECT",
      id: projectId,
      event: "PASS_PRELIMINARY",
      actor,
      reason: comment,
      data: { passedById: actor.id },
    }),
  );
}

/**
 * Each review stage has its owner: customer service decides the preliminary review, only a supervisor the
 * final one (once passed, a request is the checker's to decide). Checked under a row lock, so the stage
 * cannot move between this check and the transition.
 */
async function requireStageOwner(tx: Tx, actor: Actor, projectId: string) {
  await tx.$queryRaw`SELECT 1 FROM "LoanProject" WHERE "id" = ${projectId} FOR UPDATE`;
  const project = await tx.loanProject.findUnique({ where: { id: projectId }, select: { status: true } });
  if (!project) throw notFound();
  if (project.status === "PENDING_FINAL_REVIEW" && actor.role !== "SUPERVISOR") throw forbidden();
}

/** Back to the company as a DRAFT; the reason is shown to it. */
export async function returnLoanRequestForRevision(db: Db, actor: Actor, projectId: string, reason: string) {
  requireEventRole("RETURN_FOR_REVISION", actor);
  return withTransaction(db, async (tx) => {
    await requireStageOwner(tx, actor, projectId);
    return applyTransition(tx, {
      entity: "LOAN_PROJECT",
      id: projectId,
      event: "RETURN_FOR_REVISION",
      actor,
      reason,
      data: { lastReviewComment: reason, passedById: null },
    });
  });
}

export async function rejectLoanRequest(db: Db, actor: Actor, projectId: string, reason: string) {
  requireEventRole("REJECT", actor);
  return withTransaction(db, async (tx) => {
    await requireStageOwner(tx, actor, projectId);
    return applyTransition(tx, {
      entity: "LOAN_PROJECT",
      id: projectId,
      event: "REJECT",
      actor,
      reason,
      data: { lastReviewComment: reason },
    });
  });
}

/**
 * The supervisor publishes: the listing opens for investment until the end of the business day
 * `fundraisingDays` after today's business date (fundraisingDeadlineOf in lib/domain/dates), with the risk
 * grade shown to investors; the schedule counts from the business date of publication. Whoever passed the
 * preliminary review cannot publish (machine guard, backed by a database CHECK).
 */
export async function publishLoanRequest(
  db: Db,
  actor: Actor,
  projectId: string,
  input: { riskGrade: RiskGrade; comment?: string },
  clock: Clock = getClock(),
) {
  requireEventRole("PUBLISH", actor);
  const now = clock.now();
  return withTransaction(db, async (tx) => {
    const project = await tx.loanProject.findUnique({ where: { id: projectId }, select: { fundraisingDays: true } });
    if (!project) throw notFound();
    return applyTransition(tx, {
      entity: "LOAN_PROJECT",
      id: projectId,
      event: "PUBLISH",
      actor,
      reason: input.comment,
      context: { now },
      data: {
        publishedById: actor.id,
        publishedAt: now,
        riskGrade: input.riskGrade,
        fundraisingDeadline: fundraisingDeadlineOf(now, project.fundraisingDays, clock.zone),
      },
    });
  });
}
