import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CheckStatusButton } from "@/components/deposits/check-status-button";
import { checkStatusButtonMessages } from "@/components/deposits/check-status-button.messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ScheduleGrid } from "@/components/loans/schedule-table";
import { Card, EmptyState } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import { Pagination } from "@/components/ui/pagination";
import { toLocale } from "@/i18n/locales";
import { fenToYuanString, formatMoney } from "@/lib/domain/money";
import { depositAwaitsPayment } from "@/lib/domain/permissions";
import type { CompanyInstalmentRow, CompanyRepaymentView, InstalmentStanding } from "@/lib/server/repayments/company-repayment-view";
import { RepayEarlyForm, RepayFromWalletForm, RepayThroughCheckoutForm } from "./repay-forms";
import { repayFormsMessages } from "./repay-forms.messages";

/** Row tints: what needs paying stands out, overdue the most (each with a background: the sticky cell inherits it). */
const ROW_TONE: Record<InstalmentStanding, string> = {
  PAID: "bg-white text-slate-500",
  UPCOMING: "bg-white",
  DUE: "bg-amber-50",
  GRACE: "bg-amber-50",
  OVERDUE: "bg-red-50 text-red-900",
};

/**
 * The company's repayment section of its loan's page (issue 12 item 1): what is due now, the schedule with penalty
 * to date and overdue instalments highlighted, "pay" from the wallet, "pay through checkout", the early-repayment
 * quote and its button, and the latest repayments. `view` is getCompanyRepaymentView's.
 */
export async function RepaymentCard({ projectId, view }: { projectId: string; view: CompanyRepaymentView }) {
  const [t, locale] = await Promise.all([getTranslations("repayments"), getLocale()]);
  const money = (fen: bigint) => formatMoney(fen, toLocale(locale));
  const overdue = view.instalments.filter((i) => i.standing === "OVERDUE").length;
  // Nothing due yet: propose the next instalment (it may be prepaid).
  const proposed = view.dueNowFen > 0n ? view.dueNowFen : view.maxFen;
  return (
    <Card>
      <h2 className="mb-2 text-lg font-semibold">{t("title")}</h2>
      <p className="mb-4 text-sm text-slate-600">{t("intro")}</p>
      {view.checkout && (
        <div className="mb-4 space-y-2 rounded-md bg-slate-50 p-3 text-sm" data-testid="repay-checkout-status">
          <p>{t("checkout.returned", { status: t(`checkout.statuses.${view.checkout.status}`) })}</p>
          {depositAwaitsPayment(view.checkout) && (
            <ClientMessages namespaces={checkStatusButtonMessages}>
              <CheckStatusButton depositId={view.checkout.depositId} />
            </ClientMessages>
          )}
        </div>
      )}
      {view.instalments.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <div className="space-y-6">
          <dl className="grid gap-3 text-sm sm:grid-cols-3">
            <Amount label={t("dueNow")} value={money(view.dueNowFen)} testId="repay-due-now" strong />
            <Amount label={t("outstanding")} value={money(view.outstandingFen)} testId="repay-outstanding" />
            <div>
              <dt className="text-slate-500">{t("available")}</dt>
              <dd className="font-medium">
                <Figure>{money(view.availableFen)}</Figure>{" "}
                <Link href="/company/deposit" className="text-sm">
                  {t("topUp")}
                </Link>
              </dd>
            </div>
          </dl>
          {overdue > 0 && (
            <p className="rounded-md bg-red-50 p-3 text-sm text-red-900" role="alert" data-testid="repay-overdue-warning">
              {t("overdueWarning", { count: overdue })}
            </p>
          )}
          <InstalmentTable rows={view.instalments} money={money} t={t} />
          {/* The same tree whether or not anything is owed: the wallet form's outcome survives the payment that settles the loan. */}
          <ClientMessages namespaces={repayFormsMessages}>
            <div className="grid gap-6 lg:grid-cols-2">
              <div>
                {view.repayable && <h3 className="mb-2 font-medium">{t("pay.title")}</h3>}
                <RepayFromWalletForm
                  projectId={projectId}
                  amount={fenToYuanString(proposed)}
                  max={money(view.maxFen)}
                  closed={!view.repayable}
                />
              </div>
              {view.repayable && (
                <div>
                  <h3 className="mb-2 font-medium">{t("checkout.title")}</h3>
                  <p className="mb-3 text-sm text-slate-600">{t("checkout.intro")}</p>
                  <RepayThroughCheckoutForm projectId={projectId} amount={fenToYuanString(proposed)} />
                </div>
              )}
            </div>
            {view.repayable && (
              <div data-testid="repay-early">
                <h3 className="mb-2 font-medium">{t("early.title")}</h3>
                <p className="mb-3 text-sm text-slate-600">{t("early.intro")}</p>
                {view.early.ok ? (
                  <>
                    <dl className="mb-3 grid gap-3 text-sm sm:grid-cols-4" data-testid="repay-early-quote">
                      <Amount label={t("early.principal")} value={money(view.early.principalFen)} />
                      <Amount
                        label={t("early.interest", { days: view.early.accruedDays, period: view.early.periodDays })}
                        value={money(view.early.interestFen)}
                      />
                      <Amount
                        label={t("early.waived")}
                        value={money([...view.early.waivedInterest.values()].reduce((s, w) => s + w, 0n))}
                      />
                      <Amount label={t("early.total")} value={money(view.early.totalFen)} strong />
                    </dl>
                    <p className="mb-3 text-xs text-slate-500">{t("early.quotedOn", { date: view.today })}</p>
                    <RepayEarlyForm projectId={projectId} totalFen={view.early.totalFen.toString()} />
                  </>
                ) : (
                  <p className="text-sm text-slate-600" data-testid="repay-early-refused">
                    {t(`early.${view.early.code}`)}
                  </p>
                )}
              </div>
            )}
          </ClientMessages>
          <RepaymentHistory projectId={projectId} view={view} money={money} t={t} />
        </div>
      )}
    </Card>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"repayments">>>;

function Amount({ label, value, testId, strong = false }: { label: string; value: string; testId?: string; strong?: boolean }) {
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd className={strong ? "text-lg font-semibold" : "font-medium"} data-testid={testId}>
        <Figure>{value}</Figure>
      </dd>
    </div>
  );
}

/** The company's instalments with penalty to date, paid, owed now and status (the one schedule table, ScheduleGrid). */
function InstalmentTable({ rows, money, t }: { rows: CompanyInstalmentRow[]; money: (fen: bigint) => string; t: Translate }) {
  // Interest the schedule actually charges: what early repayment waived is not paid.
  const interestFen = rows.reduce((sum, row) => sum + row.interestFen - row.waivedFen, 0n);
  return (
    <ScheduleGrid
      rows={rows}
      labels={{ number: t("schedule.number"), dueDate: t("schedule.dueDate") }}
      caption={t("schedule.caption")}
      testIds={{ table: "repayment-schedule", row: "repayment-row" }}
      minWidth="min-w-[48rem]"
      interestPaidFen={interestFen}
      rowProps={(row) => ({ className: ROW_TONE[row.standing], data: { "data-standing": row.standing } })}
      columns={[
        { header: t("schedule.principal"), cell: (row) => money(row.principalFen) },
        {
          header: t("schedule.interest"),
          cell: (row) => (
            <>
              {money(row.interestFen)}
              {row.waivedFen > 0n && (
                <span className="block text-xs text-slate-500">{t("schedule.waived", { amount: money(row.waivedFen) })}</span>
              )}
            </>
          ),
        },
        { header: t("schedule.penalty"), cell: (row) => money(row.penaltyFen) },
        { header: t("schedule.paid"), cell: (row) => money(row.paidFen) },
        { header: t("schedule.owed"), cell: (row) => money(row.owedFen), className: "font-medium" },
        {
          header: t("schedule.status"),
          align: "left",
          cell: (row) => (
            <span data-testid="repayment-standing">
              {t(`standing.${row.standing}`, { days: row.overdueDays })}
              {row.standing === "OVERDUE" && <span className="block text-xs">{t(`buckets.${row.bucket}`)}</span>}
            </span>
          ),
        },
      ]}
    />
  );
}

function RepaymentHistory({
  projectId,
  view,
  money,
  t,
}: {
  projectId: string;
  view: CompanyRepaymentView;
  money: (fen: bigint) => string;
  t: Translate;
}) {
  return (
    <div>
      <h3 className="mb-2 font-medium">{t("history.title")}</h3>
      {view.repayments.items.length === 0 ? (
        <p className="text-sm text-slate-500" data-testid="repayment-history-empty">
          {t("history.empty")}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="repayment-history">
          {view.repayments.items.map((r) => (
            <li key={r.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
              <span className="tabular-nums">{r.repaidOn}</span>
              <span>
                {t(`history.kinds.${r.kind}`)}
                {r.viaCheckout && <span className="ml-1 text-xs text-slate-500">({t("history.viaCheckout")})</span>}
              </span>
              <span className="font-medium tabular-nums">
                <Figure>{money(r.amountFen)}</Figure>
              </span>
              <span className="w-full text-xs text-slate-500 tabular-nums sm:w-auto">
                {t("history.parts")}: {money(r.principalFen)} / {money(r.interestFen)} / {money(r.penaltyFen)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={view.repayments.page}
        pageSize={view.repayments.pageSize}
        total={view.repayments.total}
        basePath={`/company/loans/${projectId}`}
      />
    </div>
  );
}
