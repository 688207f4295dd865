import { getLocale, getTranslations } from "next-intl/server";
import { Figure } from "@/components/ui/figure";
import { toLocale } from "@/i18n/locales";
import { formatMoney } from "@/lib/domain/money";
import type { ProjectRecord } from "@/lib/server/entity-records";
import { storedDate } from "./labels";

type Instalment = ProjectRecord["project"]["instalments"][number];

/**
 * A project's stored schedule: each instalment's due date, principal and interest, what has been paid of it
 * (principal + interest + penalty) and its standing (paid, due, overdue since). Scrolls sideways inside its
 * own box on a phone.
 */
export async function InstalmentTable({ instalments }: { instalments: readonly Instalment[] }) {
  const [t, locale] = await Promise.all([getTranslations("entity.schedule"), getLocale()]);
  const money = (fen: bigint) => <Figure>{formatMoney(fen, toLocale(locale))}</Figure>;
  if (instalments.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  const head = "px-2 py-2 text-right font-medium whitespace-nowrap";
  const cell = "px-2 py-1.5 text-right tabular-nums whitespace-nowrap";
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="-mx-2 overflow-x-auto px-2 [contain:inline-size]" tabIndex={0} aria-label={t("title")}>
      <table className="w-full min-w-[36rem] border-collapse text-sm" data-testid="entity-schedule">
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
              {t("paid")}
            </th>
            <th scope="col" className="px-2 py-2 text-left font-medium">
              {t("standing")}
            </th>
          </tr>
        </thead>
        <tbody>
          {instalments.map((i) => (
            <tr key={i.id} className="border-b border-slate-100" data-testid="instalment-row">
              <td className="px-2 py-1.5">{i.number}</td>
              <td className="px-2 py-1.5 whitespace-nowrap">{storedDate(i.dueDate)}</td>
              <td className={cell}>{money(i.principalFen)}</td>
              <td className={cell}>{money(i.interestFen)}</td>
              <td className={cell}>{money(i.paidPrincipalFen + i.paidInterestFen + i.paidPenaltyFen)}</td>
              <td className="px-2 py-1.5 whitespace-nowrap" data-testid="instalment-standing">
                {t(`standings.${i.standing}`, { date: storedDate(i.overdueSince) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
