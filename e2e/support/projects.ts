import type { LoanStatus, RepaymentMethod } from "@/lib/generated/prisma/enums";
import type { TestUser, test } from "./fixtures";

const DAY = 86_400_000;

type Database = Parameters<Parameters<typeof test>[2]>[0]["database"];

/**
 * A published project of the given company, inserted directly (the publication flow is tested elsewhere):
 * fundraising, ¥100,000.00, deadline 3 days 5 hours and a little from now; `status: "DRAFT"` leaves it unpublished.
 */
export async function insertProject(
  database: Database,
  company: TestUser,
  spec: { title: string; rateBp: number; method: RepaymentMethod; termMonths?: number; status?: LoanStatus; fundedFen?: bigint },
) {
  const owner = await database.prisma.company.findUniqueOrThrow({ where: { userId: company.id } });
  const now = Date.now();
  const published = spec.status !== "DRAFT";
  return database.prisma.loanProject.create({
    data: {
      companyId: owner.id,
      title: spec.title,
      purpose: `${spec.title} 的借款用途：采购原材料。`,
      amountFen: 10_000_000n,
      annualRateBp: spec.rateBp,
      termMonths: spec.termMonths ?? 6,
      repaymentMethod: spec.method,
      fundraisingDays: 10,
      minInvestmentFen: 10_000n,
      status: spec.status ?? "FUNDRAISING",
      fundedFen: spec.fundedFen ?? 0n,
      riskGrade: published ? "B" : null,
      publishedAt: published ? new Date(now) : null,
      // 3 days and 5 hours (and a little) from now.
      fundraisingDeadline: published ? new Date(now + 3 * DAY + 5 * 3_600_000 + 20 * 60_000) : null,
    },
  });
}
