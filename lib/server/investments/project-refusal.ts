import { amountProblem } from "@/lib/domain/investing/investment-amount";
import { formatMoney } from "@/lib/domain/money";
import type { LoanStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/server/errors";

export interface ProjectFunding {
  status: LoanStatus;
  amountFen: bigint;
  fundedFen: bigint;
  minInvestmentFen: bigint;
  fundraisingDeadline: Date | null;
}

/**
 * Why `amountFen` cannot be invested in this project at `now`, or null when it can. Errors:
 * FULLY_SUBSCRIBED (nothing left, or the project filled), FUNDRAISING_CLOSED (not open or the deadline passed),
 * ONLY_REMAINING (params { remaining: "¥x" }), VALIDATION on `amount` (validation.investmentMultiple { unit },
 * validation.investmentRemainder { remaining }).
 */
export function projectRefusal(project: ProjectFunding, amountFen: bigint, now: Date): DomainError | null {
  const remainingFen = project.amountFen - project.fundedFen;
  if (project.status === "FULLY_FUNDED" || (project.status === "FUNDRAISING" && remainingFen <= 0n)) {
    return new DomainError("FULLY_SUBSCRIBED", "The project is fully subscribed");
  }
  if (project.status !== "FUNDRAISING" || !project.fundraisingDeadline || now.getTime() >= project.fundraisingDeadline.getTime()) {
    return new DomainError("FUNDRAISING_CLOSED", `The project is ${project.status}`);
  }
  const remaining = formatMoney(remainingFen, "zh-CN");
  switch (amountProblem({ amountFen, minUnitFen: project.minInvestmentFen, remainingFen })) {
    case null:
      return null;
    case "FULLY_SUBSCRIBED":
      return new DomainError("FULLY_SUBSCRIBED", "The project is fully subscribed");
    case "ABOVE_REMAINING":
      return new DomainError("ONLY_REMAINING", `Only ${remainingFen} fen left`, {}, { remaining });
    case "NOT_THE_REMAINDER":
      return new DomainError("VALIDATION", "Not the exact remainder", { amount: ["validation.investmentRemainder"] }, { remaining });
    case "NOT_A_MULTIPLE":
      return new DomainError(
        "VALIDATION",
        "Not a multiple of the minimum unit",
        { amount: ["validation.investmentMultiple"] },
        { unit: formatMoney(project.minInvestmentFen, "zh-CN") },
      );
  }
}
