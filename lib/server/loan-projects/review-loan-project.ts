import { fundraisingDeadlineOf } from "@/lib/domain/dates";
import type { Actor } from "@/lib/domain/permissions";
import type { RiskGrade } from "@/lib/generated/prisma/enums";
import { type Clock, getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { notFound } from "@/lib/server/errors";
import { applyTransition } from "@/lib/server/lifecycle";
import { notifyProjectCompany } from "@/lib/server/notifications/events";

/**
 * Who may raise each review event (customer service passes 初审; only a supervisor decides 复审; the
 * publisher did not pass it) is checked by the transition service from lib/domain/permissions.
 */
export async function passPreliminaryReview(db: Db, actor: Actor, projectId: string, comment?: string) {
  return withTransaction(db, async (tx) => {
    const result = await applyTransition(tx, {
      entity: "LOAN_PROJECT",
      id: projectId,
      event: "PASS_PRELIMINARY",
      actor,
      reason: comment,
      data: { passedById: actor.id },
    });
    await notifyProjectCompany(tx, projectId, "LOAN_REQUEST_PASSED_PRELIMINARY", getClock().now(), comment);
    return result;
  });
}

/** Back to the company as a DRAFT; the reason is shown to it. */
export async function returnLoanProjectForRevision(db: Db, actor: Actor, projectId: string, reason: string) {
  return withTransaction(db, async (tx) => {
    const result = await applyTransition(tx, {
      entity: "LOAN_PROJECT",
      id: projectId,
      event: "RETURN_FOR_REVISION",
      actor,
      reason,
      data: { lastReviewComment: reason, passedById: null },
    });
    await notifyProjectCompany(tx, projectId, "LOAN_REQUEST_RETURNED", getClock().now(), reason);
    return result;
  });
}

export async function rejectLoanProject(db: Db, actor: Actor, projectId: string, reason: string) {
  return withTransaction(db, async (tx) => {
    const result = await applyTransition(tx, {
      entity: "LOAN_PROJECT",
      id: projectId,
      event: "REJECT",
      actor,
      reason,
      data: { lastReviewComment: reason },
    });
    await notifyProjectCompany(tx, projectId, "LOAN_REQUEST_REJECTED", getClock().now(), reason);
    return result;
  });
}

/**
 * The supervisor publishes: the listing opens for investment until the end of the business day
 * `fundraisingDays` after today's business date (fundraisingDeadlineOf in lib/domain/dates), with the risk
 * grade shown to investors; the schedule counts from the business date of publication. Whoever passed the
 * preliminary review cannot publish (machine guard, backed by a database CHECK).
 */
export async function publishLoanProject(
  db: Db,
  actor: Actor,
  projectId: string,
  input: { riskGrade: RiskGrade; comment?: string },
  clock: Clock = getClock(),
) {
  const now = clock.now();
  return withTransaction(db, async (tx) => {
    const project = await tx.loanProject.findUnique({ where: { id: projectId }, select: { fundraisingDays: true } });
    if (!project) throw notFound();
    const result = await applyTransition(tx, {
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
    await notifyProjectCompany(tx, projectId, "LOAN_REQUEST_PUBLISHED", now);
    return result;
  });
}
