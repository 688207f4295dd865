import { getTranslations } from "next-intl/server";
import { Figure } from "@/components/ui/figure";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import type { RepaymentAmounts } from "@/lib/server/repayment-views";

/** A month's total in parts (principal, interest, penalty when any, fee) with the net in large type. */
export async function AmountsSummary({
  title,
  amounts,
  locale,
  testId,
}: {
  title: string;
  amounts: RepaymentAmounts;
  locale: MoneyLocale;
  testId: string;
}) {
  const t = await getTranslations("investorRepayments.calendar");
  const money = (fen: bigint) => formatMoney(fen, locale);
  const parts = [
    { key: "principal", fen: amounts.principalFen },
    { key: "interest", fen: amounts.interestFen },
    ...(amounts.penaltyFen > 0n ? [{ key: "penalty", fen: amounts.penaltyFen }] : []),
    { key: "fee", fen: -amounts.feeFen },
  ];
  return (
    <section className="rounded-md border border-slate-200 p-4" data-testid={testId}>
      <h3 className="text-sm text-slate-600">{title}</h3>
      <p className="mt-1 text-xl font-semibold text-slate-900" data-testid={`${testId}-net`}>
        <Figure>{money(amounts.netFen)}</Figure>
      </p>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
        {parts.map((part) => (
          <div key={part.key} className="contents">
            <dt className="text-slate-600">{t(part.key)}</dt>
            <dd className="text-right tabular-nums">
              <Figure>{money(part.fen)}</Figure>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
