import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney, formatRateBp, type MoneyLocale } from "@/lib/domain/money";
import type { LoanProject } from "@/lib/generated/prisma/client";
import { Facts } from "./facts";

/** A loan project's terms and purpose; `link` adds a link to its review page. */
export async function LoanProjectTerms({ project, link = false }: { project: LoanProject; link?: boolean }) {
  const [t, tl, tLoans, locale] = await Promise.all([
    getTranslations("subject"),
    getTranslations("loanRequests"),
    getTranslations("loans"),
    getLocale(),
  ]);
  const money = (fen: bigint) => formatMoney(fen, locale as MoneyLocale);
  return (
    <div className="space-y-3" data-testid="project-terms">
      {link && (
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 className="font-semibold break-words">{project.title}</h3>
          <Link href={`/admin/reviews/${project.id}`} className="text-sm" data-testid="project-link">
            {t("openProject")}
          </Link>
        </div>
      )}
      <Facts
        items={[
          [tLoans("fields.status"), tLoans(`status.${project.status}`)],
          [tl("amount"), money(project.amountFen)],
          [tl("annualRate"), formatRateBp(project.annualRateBp)],
          [tl("termMonths"), tl("monthsCount", { count: project.termMonths })],
          [tl("repaymentMethod"), tl(`methods.${project.repaymentMethod}`)],
          [tl("fundraisingDays"), String(project.fundraisingDays)],
          [tl("minInvestment"), money(project.minInvestmentFen)],
          [tLoans("fields.riskGrade"), project.riskGrade ? project.riskGrade : tLoans("riskGradeNone")],
        ]}
      />
      <h4 className="font-medium">{tl("purpose")}</h4>
      <p className="text-sm whitespace-pre-line break-words">{project.purpose}</p>
    </div>
  );
}
