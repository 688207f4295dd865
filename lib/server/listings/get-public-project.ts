import type { RepaymentMethod } from "@/lib/domain/schedules";
import type { RiskGrade } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/server/db/types";
import { maskCreditCode, maskName, maskPhone } from "@/lib/shared/mask";
import { progressBp } from "./list-public-projects";
import {
  PUBLIC_INVESTMENT_RECORD_SELECT,
  PUBLIC_INVESTMENT_RECORDS_PAGE_SIZE,
  PUBLIC_INVESTMENT_STATUSES,
  type PublicInvestmentRecord,
  publicProjectId,
  toPublicInvestmentRecord,
} from "./public-investment-record";
import { PUBLIC_LOAN_STATUSES, type PublicLoanStatus } from "./query";

export { PUBLIC_INVESTMENT_STATUSES, type PublicInvestmentRecord };

/** The first page of the records (the rest: listPublicInvestmentRecords). */
export const DEFAULT_INVESTMENT_RECORDS = PUBLIC_INVESTMENT_RECORDS_PAGE_SIZE;

/** The borrower as the public sees it: business facts in full, personal and identifying data masked. */
export interface PublicCompanyProfile {
  name: string;
  industry: string;
  registeredCapitalFen: bigint;
  address: string | null;
  description: string | null;
  /** "陈**" */
  legalRepresentativeMasked: string;
  /** "139****0001" */
  contactPhoneMasked: string;
  /** "913501********" */
  creditCodeMasked: string;
  /** When the platform verified the company. */
  activatedAt: Date | null;
}

export interface PublicLoanProjectDetail {
  id: string;
  title: string;
  purpose: string;
  amountFen: bigint;
  fundedFen: bigint;
  progressBp: number;
  annualRateBp: number;
  termMonths: number;
  repaymentMethod: RepaymentMethod;
  status: PublicLoanStatus;
  riskGrade: RiskGrade | null;
  minInvestmentFen: bigint;
  fundraisingDays: number;
  fundraisingDeadline: Date | null;
  publishedAt: Date | null;
  company: PublicCompanyProfile;
  investments: {
    /** The latest records, newest first: the first page of listPublicInvestmentRecords. */
    items: PublicInvestmentRecord[];
    /** All records (may exceed items.length). */
    count: number;
    totalFen: bigint;
  };
}

/**
 * A published project with its masked company profile and latest masked investment records, or null when
 * the id is unknown, malformed or not public (so the page answers 404 and reveals nothing about drafts).
 */
export async function getPublicLoanProject(
  db: DbOrTx,
  id: string,
  options: { investmentLimit?: number } = {},
): Promise<PublicLoanProjectDetail | null> {
  if (!publicProjectId.safeParse(id).success) return null;
  const limit = Math.min(Math.max(Math.trunc(options.investmentLimit ?? DEFAULT_INVESTMENT_RECORDS), 1), 200);

  const project = await db.loanProject.findFirst({
    where: { id, status: { in: [...PUBLIC_LOAN_STATUSES] } },
    select: {
      id: true,
      title: true,
      purpose: true,
      amountFen: true,
      fundedFen: true,
      annualRateBp: true,
      termMonths: true,
      repaymentMethod: true,
      status: true,
      riskGrade: true,
      minInvestmentFen: true,
      fundraisingDays: true,
      fundraisingDeadline: true,
      publishedAt: true,
      company: {
        select: {
          name: true,
          industry: true,
          registeredCapitalFen: true,
          address: true,
          description: true,
          legalRepresentative: true,
          contactPhone: true,
          creditCode: true,
          activatedAt: true,
        },
      },
    },
  });
  if (!project) return null;

  const investmentWhere = { projectId: id, status: { in: [...PUBLIC_INVESTMENT_STATUSES] } };
  const [records, totals] = await Promise.all([
    db.investment.findMany({
      where: investmentWhere,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: PUBLIC_INVESTMENT_RECORD_SELECT,
    }),
    db.investment.aggregate({ where: investmentWhere, _count: { _all: true }, _sum: { amountFen: true } }),
  ]);

  const { company, ...terms } = project;
  return {
    ...terms,
    status: terms.status as PublicLoanStatus,
    progressBp: progressBp(terms.fundedFen, terms.amountFen),
    company: {
      name: company.name,
      industry: company.industry,
      registeredCapitalFen: company.registeredCapitalFen,
      address: company.address,
      description: company.description,
      legalRepresentativeMasked: maskName(company.legalRepresentative),
      contactPhoneMasked: maskPhone(company.contactPhone),
      creditCodeMasked: maskCreditCode(company.creditCode),
      activatedAt: company.activatedAt,
    },
    investments: {
      items: records.map(toPublicInvestmentRecord),
      count: totals._count._all,
      totalFen: totals._sum.amountFen ?? 0n,
    },
  };
}
