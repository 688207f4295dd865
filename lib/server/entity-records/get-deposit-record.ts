import type { Actor } from "@/lib/domain/permissions";
import type { Db } from "@/lib/server/db/types";
import { notFound } from "@/lib/server/errors";
import { assertMayViewRecords } from "./entity-ref";

/**
 * A deposit's staff record (issue 13 §4): the order (its id is the gateway's orderNo), amount, purpose, the
 * user who pays (and, for a company, its company), the gateway's serial, status and times, and for a checkout
 * repayment its project and the repayment it paid. Staff only ("records.view"); NOT_FOUND for an unknown id.
 */
export async function getDepositRecord(db: Db, actor: Pick<Actor, "role">, depositId: string) {
  assertMayViewRecords(actor);
  const deposit = await db.deposit.findUnique({
    where: { id: depositId },
    select: {
      id: true,
      amountFen: true,
      status: true,
      purpose: true,
      projectId: true,
      gatewaySerial: true,
      expiresAt: true,
      paidAt: true,
      closedAt: true,
      createdAt: true,
      user: { select: { id: true, displayName: true, email: true, role: true, company: { select: { id: true, name: true } } } },
    },
  });
  if (!deposit) throw notFound();
  const [project, repayment] = await Promise.all([
    deposit.projectId ? db.loanProject.findUnique({ where: { id: deposit.projectId }, select: { id: true, title: true } }) : null,
    db.repayment.findUnique({ where: { depositId }, select: { id: true, amountFen: true, repaidOn: true } }),
  ]);
  return { ...deposit, project, repayment };
}

export type DepositRecord = Awaited<ReturnType<typeof getDepositRecord>>;
