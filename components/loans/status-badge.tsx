import type { LoanStatus, RiskGrade } from "@/lib/generated/prisma/enums";
import type { LoansTranslator } from "./listing-text";

const STATUS_TONE: Record<LoanStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-700",
  PENDING_PRELIMINARY_REVIEW: "bg-amber-100 text-amber-800",
  PENDING_FINAL_REVIEW: "bg-amber-100 text-amber-800",
  REJECTED: "bg-red-100 text-red-800",
  WITHDRAWN: "bg-slate-100 text-slate-700",
  FUNDRAISING: "bg-brand-100 text-brand-700",
  FULLY_FUNDED: "bg-indigo-100 text-indigo-800",
  FAILED: "bg-slate-200 text-slate-700",
  DISBURSING: "bg-indigo-100 text-indigo-800",
  REPAYING: "bg-green-100 text-green-800",
  OVERDUE: "bg-red-100 text-red-800",
  BAD_DEBT: "bg-red-200 text-red-900",
  SETTLED: "bg-slate-100 text-slate-700",
};

/** A loan status as a coloured pill; reusable wherever a LoanStatus is shown (t: the "loans" namespace). */
export function LoanStatusBadge({ status, t }: { status: LoanStatus; t: LoansTranslator }) {
  return <LoanStatusPill status={status} text={t(`status.${status}`)} />;
}

/** The pill itself, given its translated text: what a client component (the listing's cards) can render. */
export function LoanStatusPill({ status, text }: { status: LoanStatus; text: string }) {
  return (
    <span className={`pill ${STATUS_TONE[status]}`} data-testid="loan-status">
      {text}
    </span>
  );
}

const GRADE_TONE: Record<RiskGrade, string> = {
  A: "border-green-300 text-green-800",
  B: "border-lime-300 text-lime-800",
  C: "border-amber-300 text-amber-800",
  D: "border-orange-300 text-orange-800",
  E: "border-red-300 text-red-800",
};

export function RiskGradeBadge({ grade, t }: { grade: RiskGrade | null; t: LoansTranslator }) {
  return <RiskGradeMark grade={grade} text={grade ? t("riskGrade", { grade }) : t("riskGradeNone")} />;
}

/** The grade mark given its translated text ("risk grade B", or "not graded" when `grade` is null). */
export function RiskGradeMark({ grade, text }: { grade: RiskGrade | null; text: string }) {
  if (!grade) return <span className="text-xs text-slate-500">{text}</span>;
  return (
    <span className={`grade ${GRADE_TONE[grade]}`} title={text} data-testid="risk-grade">
      <span aria-hidden="true">{grade}</span>
      <span className="sr-only">{text}</span>
    </span>
  );
}
