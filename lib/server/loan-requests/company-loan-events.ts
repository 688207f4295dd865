import { fenToYuanString, formatRateBp } from "@/lib/domain/money";
import type { Actor } from "@/lib/domain/permissions";
import { loanRequestSchema } from "@/lib/schemas/loan-requests";
import { type Clock, getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { applyTransition } from "@/lib/server/lifecycle";
import { getLoanLimits } from "@/lib/server/settings/loan-limits";
import { findOwnLoanRequest } from "./scope";

/**
 * The stored draft must still satisfy today's limits (they may have changed since it was saved): the
 * machine's SUBMIT guard reads this fact together with the company's status.
 */
async function requiredFieldsValid(db: Db, project: Awaited<ReturnType<typeof findOwnLoanRequest>>) {
  const schema = loanRequestSchema(await getLoanLimits(db));
  return schema.safeParse({
    title: project.title,
    purpose: project.purpose,
    amount: fenToYuanString(project.amountFen),
    annualRate: formatRateBp(project.annualRateBp),
    termMonths: String(project.termMonths),
    repaymentMethod: project.repaymentMethod,
    fundraisingDays: String(project.fundraisingDays),
    minInvestment: fenToYuanString(project.minInvestmentFen),
  }).success;
}

/** `clock` gives the submission date (the demo seed passes its own, to submit in the past). */
export async function submitLoanRequest(db: Db, actor: Actor, projectId: string, clock: Clock = getClock()) {
  const project = await findOwnLoanRequest(db, actor.id, projectId);
  const valid = await requiredFieldsValid(db, project);
  return withTransaction(db, (tx) =>
    applyTransition(tx, {
      entity: "LOAN_PROJECT",
      id: project.id,
      event: "SUBMIT",
      actor,
      context: { requiredFieldsValid: valid },
      data: { submittedAt: clock.now() },
    }),
  );
}

export async function withdrawLoanRequest(db: Db, actor: Actor, projectId: string) {
  const project = await findOwnLoanRequest(db, actor.id, projectId);
  return withTransaction(db, (tx) => applyTransition(tx, { entity: "LOAN_PROJECT", id: project.id, event: "WITHDRAW", actor }));
}
