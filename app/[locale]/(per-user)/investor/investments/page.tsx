import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DecisionForms } from "@/components/admin/decision-forms";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import { FlashNotice } from "@/components/ui/flash-notice";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { toLocale } from "@/i18n/locales";
import { formatMoney } from "@/lib/domain/money";
import { offeredEvents } from "@/lib/domain/permissions/offers";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { listOwnInvestments } from "@/lib/server/investments";
import { cancelInvestmentAction } from "./actions";

const PAGE_SIZE = 20;

/** The investor's own investments, newest first, with their statuses; a PENDING one can be cancelled. */
export default async function MyInvestmentsPage({ searchParams }: { searchParams: Promise<{ page?: string; placed?: string }> }) {
  const user = await requirePageRole(["INVESTOR"], "/investor/investments");
  const query = await searchParams;
  const page = parsePage(query.page);
  const [t, tRepayments, format, locale, db] = await Promise.all([
    getTranslations("investing"),
    getTranslations("investorRepayments.links"),
    getFormatter(),
    getLocale(),
    getDb(),
  ]);
  const list = await listOwnInvestments(db, user.id, page, PAGE_SIZE);
  const money = (fen: bigint) => formatMoney(fen, toLocale(locale));
  const actor = { id: user.id, role: user.role };
  return (
    <div>
      <PageHeader title={t("list.title")}>
        <Link prefetch={false} href="/investor/calendar">
          {tRepayments("calendar")}
        </Link>
      </PageHeader>
      {query.placed === "filled" && <FlashNotice>{t("placedFilled")}</FlashNotice>}
      <Card>
        {list.items.length === 0 ? (
          <EmptyState>
            {t("list.empty")}{" "}
            <Link prefetch={false} href="/loans">
              {t("list.browse")}
            </Link>
          </EmptyState>
        ) : (
          <ul className="divide-y" data-testid="my-investments">
            {list.items.map((investment) => (
              <li key={investment.id} className="flex flex-wrap items-start justify-between gap-3 py-3" data-testid="my-investment">
                <div className="min-w-0">
                  <Link prefetch={false} href={`/loans/${investment.project.id}`} className="font-medium">
                    {investment.project.title}
                  </Link>
                  <p className="text-sm text-slate-500">
                    <Figure>{money(investment.amountFen)}</Figure> ·{" "}
                    {format.dateTime(investment.createdAt, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
                    <Link prefetch={false} href={`/investor/investments/${investment.id}`} data-testid="investment-schedule-link">
                      {tRepayments("schedule")}
                    </Link>
                  </p>
                  {investment.decisionReason && (
                    <p className="text-sm text-slate-600">{t("list.reason", { reason: investment.decisionReason })}</p>
                  )}
                </div>
                <div className="flex flex-col items-end gap-2">
                  <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700" data-testid="investment-status">
                    {t(`status.${investment.status}`)}
                  </span>
                  <DecisionForms
                    events={offeredEvents("INVESTMENT", { status: investment.status }, actor, ["CANCEL"] as const)}
                    hidden={{ investmentId: investment.id }}
                    decisions={{
                      CANCEL: {
                        action: cancelInvestmentAction,
                        submitLabel: t("list.cancel"),
                        confirmMessage: t("list.cancelConfirm", { amount: money(investment.amountFen) }),
                        variant: "secondary",
                        testId: "cancel-investment",
                      },
                    }}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath="/investor/investments" />
      </Card>
    </div>
  );
}
