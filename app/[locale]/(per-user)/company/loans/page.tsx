import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { LoanStatusBadge } from "@/components/loans/status-badge";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { formatMoney, formatRateBp, type MoneyLocale } from "@/lib/domain/money";
import { requirePageRole } from "@/lib/server/auth/session";
import { businessToday } from "@/lib/server/clock";
import { getDb } from "@/lib/server/db";
import { listOwnLoanRequests } from "@/lib/server/loan-requests/read-loan-requests";
import { getLoanStandings, type LoanStanding } from "@/lib/server/repayment-views";

const PAGE_SIZE = 20;

export default async function CompanyLoansPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePageRole(["COMPANY"], "/company/loans");
  const page = parsePage((await searchParams).page);
  const [t, tLoans, format, locale, db] = await Promise.all([
    getTranslations("loanRequests"),
    getTranslations("loans"),
    getFormatter(),
    getLocale(),
    getDb(),
  ]);
  const { items, total } = await listOwnLoanRequests(db, user.id, page, PAGE_SIZE);
  // Only loans being repaid have unpaid instalments, so only they get a standing.
  const standings = await getLoanStandings(
    db,
    items.map((project) => project.id),
    businessToday(),
  );
  const money = (fen: bigint) => formatMoney(fen, locale as MoneyLocale);
  return (
    <div>
      <PageHeader title={t("listTitle")}>
        <Link href="/company/loans/new" className={`${buttonClasses()} hover:no-underline`}>
          {t("new")}
        </Link>
      </PageHeader>
      <Card>
        {items.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ul className="divide-y">
            {items.map((project) => (
              <li key={project.id} className="flex flex-wrap items-center justify-between gap-2 py-3" data-testid="loan-request-row">
                <div>
                  <Link href={`/company/loans/${project.id}`} className="font-medium">
                    {project.title}
                  </Link>
                  <p className="text-sm text-slate-500">
                    <Figure>{money(project.amountFen)}</Figure> · <Figure>{formatRateBp(project.annualRateBp)}</Figure> ·{" "}
                    <Figure>{t("monthsCount", { count: project.termMonths })}</Figure> · {t("updatedAt")}{" "}
                    {format.dateTime(project.updatedAt, { dateStyle: "medium" })}
                  </p>
                  <LoanStandingLine standing={standings.get(project.id)} money={money} t={t} />
                </div>
                <LoanStatusBadge status={project.status} t={tLoans} />
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} pageSize={PAGE_SIZE} total={total} basePath="/company/loans" />
      </Card>
    </div>
  );
}

const fig = (chunks: React.ReactNode) => <Figure>{chunks}</Figure>;

/** Where a loan being repaid stands today: next instalment, owed now, days overdue; nothing for other loans. */
function LoanStandingLine({
  standing,
  money,
  t,
}: {
  standing: LoanStanding | undefined;
  money: (fen: bigint) => string;
  t: Awaited<ReturnType<typeof getTranslations<"loanRequests">>>;
}) {
  if (!standing) return null;
  return (
    <p className="text-sm" data-testid="loan-standing">
      {standing.nextDueDate && (
        <>{t.rich("standing.nextDue", { date: standing.nextDueDate, amount: money(standing.nextDueFen), fig })} · </>
      )}
      {standing.owedNowFen > 0n ? t.rich("standing.owedNow", { amount: money(standing.owedNowFen), fig }) : t("standing.allPaidSoFar")}
      {standing.overdueDays > 0 && (
        <span className="ml-2 rounded-full bg-red-100 px-2 py-0.5 text-xs text-red-800" data-testid="loan-overdue-days">
          {t("standing.overdueDays", { days: standing.overdueDays })}
        </span>
      )}
    </p>
  );
}
