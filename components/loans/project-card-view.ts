import { formatMoney, formatRateBp } from "@/lib/domain/money";
import type { LoanStatus, RepaymentMethod, RiskGrade } from "@/lib/generated/prisma/enums";
import type { PublicLoanProjectSummary } from "@/lib/server/listings";
import type { ListingText } from "./listing-text";

/**
 * One listing card as the browser receives it: its figures and words already formatted in the visitor's
 * language on the server. The cards are a client component (project-card-list.tsx) given these small objects,
 * because the App Router sends every server-rendered element twice, as HTML and again in the page's React
 * payload: 20 cards of markup cost ~55 KB of payload on /loans, these objects ~9 KB (issue 9, bench/RESULTS.md).
 */
export interface LoanProjectCardView {
  id: string;
  title: string;
  companyName: string;
  status: LoanStatus;
  statusText: string;
  riskGrade: RiskGrade | null;
  riskGradeText: string;
  /** Kept on the card's data attributes (tests and scripts read the sort order from them). */
  annualRateBp: number;
  rateText: string;
  termMonths: number;
  termText: string;
  amountText: string;
  repaymentMethod: RepaymentMethod;
  methodText: string;
  /** Funded share in basis points, 0–10,000. */
  progressBp: number;
  /** ISO instant of the fundraising deadline, only while the project is raising funds (the countdown). */
  deadline: string | null;
  /** Publication date in the visitor's language, shown when there is no countdown. */
  publishedText: string | null;
}

/** The words every card shares, sent once per list. */
export interface LoanProjectCardLabels {
  annualRate: string;
  term: string;
  amount: string;
  method: string;
  progress: string;
  countdown: string;
  publishedAt: string;
  viewDetails: string;
}

export function projectCardLabels({ t }: ListingText): LoanProjectCardLabels {
  return {
    annualRate: t("fields.annualRate"),
    term: t("fields.term"),
    amount: t("fields.amount"),
    method: t("fields.method"),
    progress: t("progress.label"),
    countdown: t("countdown.label"),
    publishedAt: t("fields.publishedAt"),
    viewDetails: t("viewDetails"),
  };
}

export function toLoanProjectCardView(project: PublicLoanProjectSummary, { t, locale, format }: ListingText): LoanProjectCardView {
  const open = project.status === "FUNDRAISING" && project.fundraisingDeadline;
  return {
    id: project.id,
    title: project.title,
    companyName: project.companyName,
    status: project.status,
    statusText: t(`status.${project.status}`),
    riskGrade: project.riskGrade,
    riskGradeText: project.riskGrade ? t("riskGrade", { grade: project.riskGrade }) : t("riskGradeNone"),
    annualRateBp: project.annualRateBp,
    rateText: formatRateBp(project.annualRateBp),
    termMonths: project.termMonths,
    termText: t("termMonths", { months: project.termMonths }),
    amountText: formatMoney(project.amountFen, locale),
    repaymentMethod: project.repaymentMethod,
    methodText: t(`method.${project.repaymentMethod}`),
    progressBp: project.progressBp,
    deadline: open && project.fundraisingDeadline ? project.fundraisingDeadline.toISOString() : null,
    publishedText: !open && project.publishedAt ? format.dateTime(project.publishedAt, { dateStyle: "medium" }) : null,
  };
}
