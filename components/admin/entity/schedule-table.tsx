import { getLocale, getTranslations } from "next-intl/server";
import { Figure } from "@/components/ui/figure";
import { toLocale } from "@/i18n/locales";
import { formatMoney } from "@/lib/domain/money";
import type { InvestmentRecord, ProjectRecord } from "@/lib/server/entity-records";
import { storedDate } from "./labels";

type Instalment = ProjectRecord["project"]["instalments"][number];
type Claim = InvestmentRecord["claims"][number];

/** One row of either table: an instalment, or an investment's claim on one (fen; dates as stored). */
interface ScheduleRow {
  id: string;
  number: number;
  dueDate: Date;
  principalFen: bigint;
  interestFen: bigint;
  /** Principal + interest + penalty: paid on the instalment, or received on the claim (gross). */
  settledFen: bigint;
  /** The claim's fee withheld; absent on an instalment (the table has no fee column). */
  feeFen?: bigint;
  standing: Instalment["standing"];
  overdueSince: Date | null;
}

/** What tells the two tables apart: their messages, width, test ids and the "settled" and fee columns. */
const TABLES = {
  instalments: {
    empty: "empty",
    label: "title",
    settled: "paid",
    fee: false,
    minWidth: "min-w-[36rem]",
    testId: "entity-schedule",
    rowTestId: "instalment-row",
    standingTestId: "instalment-standing",
  },
  claims: {
    empty: "noClaims",
    label: "claims",
    settled: "received",
    fee: true,
    minWidth: "min-w-[40rem]",
    testId: "entity-claims",
    rowTestId: "claim-row",
    standingTestId: undefined,
  },
} as const;

/**
 * A schedule, one row per instalment, scrolling sideways inside its own box on a phone:
 * - `instalments`: a project's stored schedule: due date, principal and interest, what has been paid of it
 *   (principal + interest + penalty) and its standing (paid, due, overdue since);
 * - `claims`: an investment's claims (债权), one per instalment: due date, its principal and interest, what it
 *   has received (principal + interest + penalty, gross), the fee withheld and the instalment's standing.
 */
export async function ScheduleTable(
  props: { kind: "instalments"; rows: readonly Instalment[] } | { kind: "claims"; rows: readonly Claim[] },
) {
  const [t, locale] = await Promise.all([getTranslations("entity.schedule"), getLocale()]);
  const money = (fen: bigint) => <Figure>{formatMoney(fen, toLocale(locale))}</Figure>;
  const table = TABLES[props.kind];
  // An instalment's fields are the row's; a claim has its own id, amounts and standing, its instalment's number and dates.
  const rows: ScheduleRow[] =
    props.kind === "instalments"
      ? props.rows.map((i) => ({ ...i, settledFen: i.paidPrincipalFen + i.paidInterestFen + i.paidPenaltyFen }))
      : props.rows.map((c) => ({
          ...c.instalment,
          ...c,
          settledFen: c.receivedPrincipalFen + c.receivedInterestFen + c.receivedPenaltyFen,
        }));
  if (rows.length === 0) return <p className="text-sm text-slate-500">{t(table.empty)}</p>;
  const head = "px-2 py-2 text-right font-medium whitespace-nowrap";
  const cell = "px-2 py-1.5 text-right tabular-nums whitespace-nowrap";
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="-mx-2 overflow-x-auto px-2 [contain:inline-size]" tabIndex={0} aria-label={t(table.label)}>
      <table className={`w-full ${table.minWidth} border-collapse text-sm`} data-testid={table.testId}>
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
              {t(table.settled)}
            </th>
            {table.fee && (
              <th scope="col" className={head}>
                {t("fee")}
              </th>
            )}
            <th scope="col" className="px-2 py-2 text-left font-medium">
              {t("standing")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-100" data-testid={table.rowTestId}>
              <td className="px-2 py-1.5">{r.number}</td>
              <td className="px-2 py-1.5 whitespace-nowrap">{storedDate(r.dueDate)}</td>
              <td className={cell}>{money(r.principalFen)}</td>
              <td className={cell}>{money(r.interestFen)}</td>
              <td className={cell}>{money(r.settledFen)}</td>
              {r.feeFen !== undefined && <td className={cell}>{money(r.feeFen)}</td>}
              <td className="px-2 py-1.5 whitespace-nowrap" data-testid={table.standingTestId}>
                {t(`standings.${r.standing}`, { date: storedDate(r.overdueSince) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
