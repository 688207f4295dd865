import { z } from "zod";
import type { InvestmentStatus } from "@/lib/generated/prisma/enums";
import { maskDisplayName } from "@/lib/shared/mask";

/** Investments shown on a project page: every one that holds or held money in it. */
export const PUBLIC_INVESTMENT_STATUSES = [
  "PENDING",
  "CONFIRMED",
  "HOLDING",
  "SETTLED",
  "REFUNDED",
] as const satisfies readonly InvestmentStatus[];

/**
 * Records on a page of a project's public investment records: the project page renders the first page itself
 * (getPublicLoanProject reads this many), the others come from GET /api/loans/[id]/investments.
 */
export const PUBLIC_INVESTMENT_RECORDS_PAGE_SIZE = 20;

/** The shape of a project id worth a query (cuid); anything else is "not found" without asking the database. */
export const publicProjectId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** One line of a project's public investment records: 张** · ¥5,000.00 · time. */
export interface PublicInvestmentRecord {
  /** "张*", "z***@example.com" */
  investorMasked: string;
  amountFen: bigint;
  createdAt: Date;
}

/** What a public record reads of an investment and its investor: nothing that could leave unmasked by mistake. */
export const PUBLIC_INVESTMENT_RECORD_SELECT = {
  amountFen: true,
  createdAt: true,
  investor: { select: { displayName: true, investorProfile: { select: { realName: true } } } },
} as const;

interface RecordRow {
  amountFen: bigint;
  createdAt: Date;
  investor: { displayName: string; investorProfile: { realName: string } | null };
}

/** A row read with PUBLIC_INVESTMENT_RECORD_SELECT, masked: only the masked name leaves. */
export function toPublicInvestmentRecord(row: RecordRow): PublicInvestmentRecord {
  return {
    investorMasked: maskDisplayName(row.investor.investorProfile?.realName, row.investor.displayName),
    amountFen: row.amountFen,
    createdAt: row.createdAt,
  };
}
