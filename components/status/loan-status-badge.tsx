import { getTranslations } from "next-intl/server";
import type { LoanStatus } from "@/lib/generated/prisma/enums";

const TONES: Partial<Record<LoanStatus, string>> = {
  DRAFT: "bg-slate-100 text-slate-700",
  PENDING_REVIEW: "bg-amber-100 text-amber-800",
  PENDING_APPROVAL: "bg-amber-100 text-amber-800",
  REJECTED: "bg-red-100 text-red-800",
  WITHDRAWN: "bg-slate-100 text-slate-500",
  FUNDRAISING: "bg-blue-100 text-blue-800",
  OVERDUE: "bg-red-100 text-red-800",
  BAD_DEBT: "bg-red-200 text-red-900",
  SETTLED: "bg-green-100 text-green-800",
};

export async function LoanStatusBadge({ status }: { status: LoanStatus }) {
  const t = await getTranslations("loanRequests.status");
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${TONES[status] ?? "bg-slate-100 text-slate-700"}`}
      data-testid="loan-status"
    >
      {t(status)}
    </span>
  );
}
