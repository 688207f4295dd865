import type { LoanRequestInput } from "@/lib/schemas/loan-requests";
import type { Db } from "@/lib/server/db/types";
import { DomainError, notFound } from "@/lib/server/errors";
import { findOwnLoanRequest } from "./scope";

function columns(input: LoanRequestInput) {
  return {
    title: input.title,
    purpose: input.purpose,
    amountFen: input.amount,
    annualRateBp: input.annualRate,
    termMonths: input.termMonths,
    repaymentMethod: input.repaymentMethod,
    fundraisingDays: input.fundraisingDays,
    minInvestmentFen: input.minInvestment,
  };
}

export async function createLoanDraft(db: Db, userId: string, input: LoanRequestInput) {
  const company = await db.company.findUnique({ where: { userId }, select: { id: true } });
  if (!company) throw notFound();
  return db.loanProject.create({ data: { companyId: company.id, ...columns(input) }, select: { id: true } });
}

/** Only a DRAFT can be edited; the update is conditional on it still being a draft. */
export async function updateLoanDraft(db: Db, userId: string, projectId: string, input: LoanRequestInput) {
  const project = await findOwnLoanRequest(db, userId, projectId);
  if (project.status !== "DRAFT") throw new DomainError("TRANSITION_NOT_ALLOWED", "not a draft", {}, { from: project.status });
  const { count } = await db.loanProject.updateMany({ where: { id: project.id, status: "DRAFT" }, data: columns(input) });
  if (count !== 1) throw new DomainError("STALE_STATE");
  return { id: project.id };
}
