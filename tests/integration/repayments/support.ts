import type { BusinessDate } from "@/lib/domain/dates";
import type { Actor } from "@/lib/domain/permissions";
import { type Clock, fixedClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { getBalances } from "@/lib/server/ledger";

/** 10:00 in Shanghai on business date `date`. */
export const clockOn = (date: BusinessDate | string): Clock => fixedClock(`${date}T02:00:00Z`, "Asia/Shanghai");

/** A DATE column back as its business date. */
export const day = (date: Date) => date.toISOString().slice(0, 10) as BusinessDate;

export const actorOf = (user: { id: string; role: Actor["role"] }): Actor => ({ id: user.id, role: user.role });

/** Everything a refused repayment must leave alone: instalments, claims, repayments, balances. */
export async function repaymentSnapshot(db: Db, projectId: string, userIds: string[]) {
  const [instalments, claims, repayments, balances] = await Promise.all([
    db.repaymentInstalment.findMany({ where: { projectId }, orderBy: { number: "asc" } }),
    db.claimInstalment.findMany({ where: { instalment: { projectId } }, orderBy: { id: "asc" } }),
    db.repayment.count({ where: { projectId } }),
    Promise.all(userIds.map((id) => getBalances(db, id))),
  ]);
  const project = await db.loanProject.findUniqueOrThrow({ where: { id: projectId }, select: { status: true } });
  return { instalments, claims, repayments, balances, status: project.status };
}
