import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import type { getCompanyPayout } from "@/lib/server/disbursement/company-payout";

type Payout = Awaited<ReturnType<typeof getCompanyPayout>>["payouts"][number];

/** The loan's payouts as the company sees them: status, amount transferred, fee kept, card, serial once transferred. */
export async function CompanyPayoutCard({ payouts }: { payouts: readonly Payout[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("disbursement"), getFormatter(), getLocale()]);
  const money = (fen: bigint) => formatMoney(fen, locale as MoneyLocale);
  return (
    <Card>
      <h2 className="mb-3 text-lg font-semibold">{t("payoutTitle")}</h2>
      {payouts.length === 0 ? (
        <p className="text-sm text-slate-500">{t("companyPayoutNone")}</p>
      ) : (
        <ul className="space-y-4" data-testid="company-payouts">
          {payouts.map((payout) => (
            <li key={payout.id} className="text-sm" data-testid="company-payout">
              <p className="font-medium" data-testid="payout-status">
                {t(`payoutStatus.${payout.status}`)}
              </p>
              <dl className="mt-2 space-y-1">
                <Line label={t("net")} value={money(payout.amountFen)} />
                <Line label={t("feeKept")} value={money(payout.feeFen)} />
                <Line label={t("card")} value={t("cardValue", { bank: payout.bankCard.bankName, last4: payout.bankCard.numberLast4 })} />
                {payout.externalSerial && <Line label={t("serial")} value={payout.externalSerial} />}
                {payout.transferredAt && (
                  <Line
                    label={t("transferredAt")}
                    value={format.dateTime(payout.transferredAt, { dateStyle: "medium", timeStyle: "short" })}
                  />
                )}
              </dl>
              {payout.reason && <p className="mt-2 text-amber-800">{payout.reason}</p>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function Line({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex flex-wrap justify-between gap-2">
      <dt className="text-slate-500">{label}</dt>
      <dd className="font-medium">
        <Figure>{value}</Figure>
      </dd>
    </div>
  );
}
