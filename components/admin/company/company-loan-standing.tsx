import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { RecordLink } from "@/components/admin/entity/record-link";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import type { CompanyLoanStanding } from "@/lib/server/companies/company-loan-standing";

/** The company's loan projects with what each owes today and how late it is (cards: readable at 390 px). */
export async function CompanyLoanStandingList({ loans, total }: { loans: CompanyLoanStanding[]; total: number }) {
  const [t, tLoans, locale] = await Promise.all([getTranslations("companyStatus.loans"), getTranslations("loans"), getLocale()]);
  const money = (fen: bigint) => formatMoney(fen, locale as MoneyLocale);
  return (
    <section data-testid="company-loans">
      <h2 className="mb-3 text-lg font-semibold">{t("title", { count: total })}</h2>
      {loans.length === 0 ? (
        <p className="text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {loans.map((loan) => (
            <li key={loan.id} className="rounded-md border border-slate-200 p-3 text-sm" data-testid="company-loan">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={`/admin/reviews/${loan.id}`} className="font-medium break-words">
                  {loan.title}
                </Link>
                <strong className="font-medium">{tLoans(`status.${loan.status}`)}</strong>
              </div>
              <RecordLink href={`/admin/projects/${loan.id}`} className="text-xs" />
              <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
                <div>
                  <dt className="text-xs text-slate-500">{t("amount")}</dt>
                  <dd className="whitespace-nowrap">{money(loan.amountFen)}</dd>
                </div>
                <div>
                  <dt className="text-xs text-slate-500">{t("outstanding")}</dt>
                  <dd className="whitespace-nowrap">{money(loan.outstandingFen)}</dd>
                </div>
                <div>
                  <dt className="text-xs text-slate-500">{t("dueNow")}</dt>
                  <dd className="whitespace-nowrap" data-testid="loan-due-now">
                    {money(loan.dueNowFen)}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-slate-500">{t("overdueDays")}</dt>
                  <dd data-testid="loan-overdue-days" className={loan.overdueDays > 0 ? "font-medium text-red-700" : undefined}>
                    {loan.overdueDays > 0 ? t("days", { count: loan.overdueDays }) : t("notOverdue")}
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {total > loans.length && <p className="mt-2 text-xs text-slate-500">{t("more", { shown: loans.length, count: total })}</p>}
    </section>
  );
}
