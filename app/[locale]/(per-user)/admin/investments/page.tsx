import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DecisionForms } from "@/components/admin/decision-forms";
import { RecordLink } from "@/components/admin/entity/record-link";
import { QueueShell } from "@/components/admin/queue-shell";
import { Card } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import { parsePage } from "@/components/ui/pagination";
import { toLocale } from "@/i18n/locales";
import { formatMoney } from "@/lib/domain/money";
import { offeredEvents } from "@/lib/domain/permissions/offers";
import { QUEUES } from "@/lib/server/admin/queues/registry";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { listInvestmentsToReview } from "@/lib/server/investments";
import { confirmInvestmentAction, rejectInvestmentAction } from "./actions";

const PAGE_SIZE = 20;
const ENTRY = QUEUES.find((queue) => queue.key === "investmentReviews");

/** Customer service's investment-request review (投资请求审核): PENDING investments, oldest first. */
export default async function InvestmentReviewPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePageRole(ENTRY?.roles ?? ["CUSTOMER_SERVICE"], "/admin/investments");
  const page = parsePage((await searchParams).page);
  const [t, format, locale, db] = await Promise.all([getTranslations("investing"), getFormatter(), getLocale(), getDb()]);
  const queue = await listInvestmentsToReview(db, page, PAGE_SIZE);
  const money = (fen: bigint) => formatMoney(fen, toLocale(locale));
  const actor = { id: user.id, role: user.role };
  return (
    <QueueShell title={t("review.title")} list={queue} basePath="/admin/investments" rows="cards" exportList="investmentReviews">
      <p className="text-sm text-slate-600">{t("review.intro")}</p>
      {queue.items.map((investment) => (
        <Card key={investment.id}>
          <div className="flex flex-wrap items-start justify-between gap-3" data-testid="queue-row">
            <div className="min-w-0 space-y-1 text-sm">
              <p className="text-lg font-semibold">
                <Figure>{money(investment.amountFen)}</Figure>
              </p>
              <p>
                {t("review.investor")}: {investment.investor.realName ?? investment.investor.displayName}
              </p>
              <p>
                {t("review.project")}:{" "}
                <Link prefetch={false} href={`/admin/reviews/${investment.project.id}`}>
                  {investment.project.title}
                </Link>
              </p>
              <p className="text-slate-500">
                {t("review.progress", { funded: money(investment.project.fundedFen), amount: money(investment.project.amountFen) })} ·{" "}
                {format.dateTime(investment.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </p>
              <RecordLink href={`/admin/investments/${investment.id}`} />
            </div>
          </div>
          <div className="mt-4 grid gap-4 sm:grid-cols-2">
            <DecisionForms
              events={offeredEvents("INVESTMENT", { status: investment.status }, actor, ["CONFIRM", "REJECT"] as const)}
              hidden={{ investmentId: investment.id }}
              decisions={{
                CONFIRM: {
                  action: confirmInvestmentAction,
                  submitLabel: t("review.confirm"),
                  confirmMessage: t("review.confirmConfirm", { amount: money(investment.amountFen) }),
                  testId: "confirm-investment",
                },
                REJECT: {
                  action: rejectInvestmentAction,
                  submitLabel: t("review.reject"),
                  confirmMessage: t("review.rejectConfirm", { amount: money(investment.amountFen) }),
                  textLabel: t("review.reason"),
                  variant: "danger",
                  testId: "reject-investment",
                },
              }}
            />
          </div>
        </Card>
      ))}
    </QueueShell>
  );
}
