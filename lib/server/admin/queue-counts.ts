import type { Role } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/server/db/types";
import { queuesFor } from "@/lib/shared/admin-queues";
import { STAFF_ROLES } from "@/lib/shared/roles";

type Counter = (db: Db, userId: string) => Promise<number>;

const COUNTERS: Record<string, Counter> = {
  preliminaryReviews: (db) => db.loanProject.count({ where: { status: "PENDING_PRELIMINARY_REVIEW" } }),
  finalReviews: (db) => db.loanProject.count({ where: { status: "PENDING_FINAL_REVIEW" } }),
  fullSubscriptionReviews: (db) => db.loanProject.count({ where: { status: "FULLY_FUNDED" } }),
  investmentReviews: (db) => db.investment.count({ where: { status: "PENDING" } }),
  outflowApprovals: (db) => db.outflow.count({ where: { status: "REQUESTED" } }),
  outflowsToExecute: (db) => db.outflow.count({ where: { status: "APPROVED" } }),
  statusChangeApprovals: (db) => db.reviewRequest.count({ where: { status: "PENDING" } }),
  companyVerifications: (db) => db.company.count({ where: { status: "INVALID", profileCompletedAt: { not: null } } }),
  auditLog: (db) => db.auditLog.count(),
  ownRequests: (db, userId) => db.reviewRequest.count({ where: { makerId: userId, status: "PENDING" } }),
  staff: (db) => db.user.count({ where: { role: { in: [...STAFF_ROLES] } } }),
};

/** The number of waiting items in each of the role's queues (null where the queue has nothing to count). */
export async function queueCounts(db: Db, user: { id: string; role: Role }): Promise<Record<string, number | null>> {
  const queues = queuesFor(user.role);
  const counts = await Promise.all(queues.map((q) => COUNTERS[q.key]?.(db, user.id) ?? Promise.resolve(null)));
  return Object.fromEntries(queues.map((q, i) => [q.key, counts[i]]));
}
