import type { Actor } from "@/lib/domain/permissions";
import type { Db } from "@/lib/server/db/types";
import { notFound } from "@/lib/server/errors";
import { assertMayViewRecords } from "./entity-ref";
import { peopleByIds } from "./people-by-ids";

/**
 * An outflow's staff record (issue 13 §4): kind (withdrawal or payout), amount and fee, status, the bank card
 * (bank, holder and last four digits only: the full number is read on the transfer queue, audited), the
 * transfer serial, who asked, who approved or rejected and who transferred it, when, and the reason; for a
 * payout its project. Staff only ("records.view"); NOT_FOUND for an unknown id.
 */
export async function getOutflowRecord(db: Db, actor: Pick<Actor, "role">, outflowId: string) {
  assertMayViewRecords(actor);
  const outflow = await db.outflow.findUnique({
    where: { id: outflowId },
    select: {
      id: true,
      kind: true,
      userId: true,
      projectId: true,
      amountFen: true,
      feeFen: true,
      status: true,
      externalSerial: true,
      requestedById: true,
      decidedById: true,
      decidedAt: true,
      reason: true,
      transferredById: true,
      transferredAt: true,
      createdAt: true,
      bankCard: { select: { bankName: true, holderName: true, numberLast4: true } },
    },
  });
  if (!outflow) throw notFound();
  const ids = [outflow.userId, outflow.requestedById, outflow.decidedById, outflow.transferredById].flatMap((id) => (id ? [id] : []));
  const [people, project, owner] = await Promise.all([
    peopleByIds(db, ids),
    outflow.projectId ? db.loanProject.findUnique({ where: { id: outflow.projectId }, select: { id: true, title: true } }) : null,
    db.user.findUnique({ where: { id: outflow.userId }, select: { email: true, company: { select: { id: true, name: true } } } }),
  ]);
  const nameOf = (id: string | null) => (id ? (people.get(id)?.name ?? null) : null);
  return {
    ...outflow,
    project,
    user: { id: outflow.userId, name: nameOf(outflow.userId), email: owner?.email ?? null, company: owner?.company ?? null },
    requestedByName: nameOf(outflow.requestedById),
    decidedByName: nameOf(outflow.decidedById),
    transferredByName: nameOf(outflow.transferredById),
  };
}

export type OutflowRecord = Awaited<ReturnType<typeof getOutflowRecord>>;
