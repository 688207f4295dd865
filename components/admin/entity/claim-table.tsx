import { getLocale, getTranslations } from "next-intl/server";
import { Figure } from "@/components/ui/figure";
import { toLocale } from "@/i18n/locales";
import { formatMoney } from "@/lib/domain/money";
import type { InvestmentRecord } from "@/lib/server/entity-records";
import { storedDate } from "./labels";

type Claim = InvestmentRecord["claims"][number];

/**
 * An investment's claims (债权), one per instalment: due date, its principal and interest, what it has received
 * (principal + interest + penalty, gross), the fee withheld and the instalment's standing.
 */
export async function ClaimTable({ claims }: { claims: readonly Claim[] }) {
  const [t, locale] = await Promise.all([getTranslations("entity.schedule"), getLocale()]);
  const money = (fen: bigint) => <Figure>{formatMoney(fen, toLocale(locale))}</Figure>;
  if (claims.length === 0) return <p className="text-sm text-slate-500">{t("noClaims")}</p>;
  const head = "px-2 py-2 text-right font-medium whitespace-nowrap";
  const cell = "px-2 py-1.5 text-right tabular-nums whitespace-nowrap";
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="-mx-2 overflow-x-auto px-2 [contain:inline-size]" tabIndex={0} aria-label={t("claims")}>
      <table className="w-full min-w-[40rem] border-collapse text-sm" data-testid="entity-claims">
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-2 py-2 text-left font-medium">
              {t("number")}
            </th>
            <th scope="col" className="px-2 py-2 text-left font-medium whitespace-nowrap">
              {t("dueDate")}
            </th>
            <th scope="col" className={head}>
              {t("principal")}
            </th>
            <th scope="col" className={head}>
              {t("interest")}
            </th>
            <th scope="col" className={head}>
              {t("received")}
            </th>
            <th scope="col" className={head}>
              {t("fee")}
            </th>
            <th scope="col" className="px-2 py-2 text-left font-medium">
              {t("standing")}
            </th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => (
            <tr key={c.id} className="border-b border-slate-100" data-testid="claim-row">
              <td className="px-2 py-1.5">{c.instalment.number}</td>
              <td className="px-2 py-1.5 whitespace-nowrap">{storedDate(c.instalment.dueDate)}</td>
              <td className={cell}>{money(c.principalFen)}</td>
              <td className={cell}>{money(c.interestFen)}</td>
              <td className={cell}>{money(c.receivedPrincipalFen + c.receivedInterestFen + c.receivedPenaltyFen)}</td>
              <td className={cell}>{money(c.feeFen)}</td>
              <td className="px-2 py-1.5 whitespace-nowrap">
                {t(`standings.${c.standing}`, { date: storedDate(c.instalment.overdueSince) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
