import type { Actor } from "@/lib/domain/permissions";
import type { Db } from "@/lib/server/db/types";
import { notFound } from "@/lib/server/errors";
import { assertMayViewRecords } from "./entity-ref";

/**
 * A loan project's staff record (issue 13 §4): its terms and figures, its company, its repayment schedule
 * with what each instalment has been paid (every instalment: a schedule has one per month of the term) and
 * its payouts (Outflow kind PAYOUT), newest first. Its investments are paged apart (listProjectInvestments).
 * Staff only ("records.view"); NOT_FOUND for an unknown id.
 */
export async function getProjectRecord(db: Db, actor: Pick<Actor, "role">, projectId: string) {
  assertMayViewRecords(actor);
  const project = await db.loanProject.findUnique({
    where: { id: projectId },
    include: {
      company: { select: { id: true, name: true, status: true } },
      instalments: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          dueDate: true,
          principalFen: true,
          interestFen: true,
          status: true,
          paidPrincipalFen: true,
          paidInterestFen: true,
          interestWaivedFen: true,
          penaltyFen: true,
          paidPenaltyFen: true,
          overdueSince: true,
        },
      },
    },
  });
  if (!project) throw notFound();
  const instalments = project.instalments.map((i) => ({ ...i, standing: instalmentStanding(i) }));
  const [payouts, investmentCount, repaymentCount] = await Promise.all([
    db.outflow.findMany({
      where: { projectId, kind: "PAYOUT" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, status: true, amountFen: true, feeFen: true, externalSerial: true, createdAt: true, transferredAt: true },
    }),
    db.investment.count({ where: { projectId } }),
    db.repayment.count({ where: { projectId } }),
  ]);
  return { project: { ...project, instalments }, payouts, investmentCount, repaymentCount };
}

/** PAID: nothing owed on it; OVERDUE: past its grace days (overdueSince set); DUE: still to be paid. */
export type InstalmentStanding = "PAID" | "OVERDUE" | "DUE";

export function instalmentStanding(i: { status: string; overdueSince: Date | null }): InstalmentStanding {
  if (i.status === "PAID") return "PAID";
  return i.overdueSince ? "OVERDUE" : "DUE";
}

export type ProjectRecord = Awaited<ReturnType<typeof getProjectRecord>>;
