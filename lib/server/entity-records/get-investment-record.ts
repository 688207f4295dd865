import type { Actor } from "@/lib/domain/permissions";
import type { Db } from "@/lib/server/db/types";
import { notFound } from "@/lib/server/errors";
import { assertMayViewRecords } from "./entity-ref";
import { instalmentStanding } from "./get-project-record";

/**
 * An investment's staff record (issue 13 §4): amount, status, decision, its investor (name, e-mail), its
 * project, and its claims on the project's instalments (债权, one per instalment once the loan is paid out,
 * with what each has received). Staff only ("records.view"); NOT_FOUND for an unknown id.
 */
export async function getInvestmentRecord(db: Db, actor: Pick<Actor, "role">, investmentId: string) {
  assertMayViewRecords(actor);
  const investment = await db.investment.findUnique({
    where: { id: investmentId },
    select: {
      id: true,
      amountFen: true,
      status: true,
      riskNoticeAcceptedAt: true,
      decidedById: true,
      decisionReason: true,
      decidedAt: true,
      createdAt: true,
      investor: { select: { id: true, displayName: true, email: true, investorProfile: { select: { realName: true } } } },
      project: { select: { id: true, title: true, status: true, company: { select: { id: true, name: true } } } },
      claims: {
        orderBy: { instalment: { number: "asc" } },
        select: {
          id: true,
          principalFen: true,
          interestFen: true,
          receivedPrincipalFen: true,
          receivedInterestFen: true,
          receivedPenaltyFen: true,
          feeFen: true,
          interestWaivedFen: true,
          instalment: { select: { number: true, dueDate: true, status: true, overdueSince: true } },
        },
      },
    },
  });
  if (!investment) throw notFound();
  const decidedBy = investment.decidedById
    ? await db.user.findUnique({ where: { id: investment.decidedById }, select: { displayName: true } })
    : null;
  const { investor, claims, ...rest } = investment;
  return {
    ...rest,
    claims: claims.map((c) => ({ ...c, standing: instalmentStanding(c.instalment) })),
    investor: {
      id: investor.id,
      name: investor.investorProfile?.realName ?? investor.displayName,
      email: investor.email,
    },
    decidedByName: decidedBy?.displayName ?? null,
  };
}

export type InvestmentRecord = Awaited<ReturnType<typeof getInvestmentRecord>>;
