import { EmptyState } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import type { ReceivedPayout } from "@/lib/server/wallet";
import type { WalletTranslator } from "./wallet-text";

/** An instant as a date and time in the business zone, in the reader's language. */
type DateTimeFormat = (date: Date) => string;

/** The company's payouts (放款): status, amount to its card, fee, and the transfer serial once transferred. */
export function PayoutsList({
  payouts,
  t,
  locale,
  formatDateTime,
}: {
  payouts: readonly ReceivedPayout[];
  t: WalletTranslator;
  locale: MoneyLocale;
  formatDateTime: DateTimeFormat;
}) {
  if (payouts.length === 0) return <EmptyState>{t("company.payoutsEmpty")}</EmptyState>;
  return (
    <ul className="divide-y" data-testid="payouts">
      {payouts.map((payout) => (
        <li key={payout.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 py-3" data-testid="payout-row">
          <div className="min-w-0 space-y-1">
            <p className="font-medium">
              {payout.projectTitle ? t("company.payoutFor", { title: payout.projectTitle }) : t("company.payoutNoProject")}
            </p>
            <p className="text-sm text-slate-600">
              <span className="pill bg-slate-100 text-slate-800" data-testid="payout-status">
                {t(`payoutStatus.${payout.status}`)}
              </span>{" "}
              {t("company.card", { last4: payout.cardLast4 })}
            </p>
            <p className="text-sm text-slate-600" data-testid="payout-serial">
              {payout.serial ? t("company.serial", { serial: payout.serial }) : t("company.serialPending")}
              {payout.transferredAt && (
                <>
                  {" · "}
                  {t("company.transferredAt", { date: formatDateTime(payout.transferredAt) })}
                </>
              )}
            </p>
            {payout.reason && <p className="text-sm text-amber-800">{t("company.reason", { reason: payout.reason })}</p>}
          </div>
          <div className="text-right">
            <p className="font-semibold" data-testid="payout-amount">
              <Figure>{formatMoney(payout.amountFen, locale)}</Figure>
            </p>
            {payout.feeFen > 0n && (
              <p className="text-xs text-slate-600">{t("company.fee", { amount: formatMoney(payout.feeFen, locale) })}</p>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
