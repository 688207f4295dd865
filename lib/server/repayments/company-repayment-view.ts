import { type BusinessDate, businessDate, businessDateOf, compareBusinessDates, daysBetween } from "@/lib/domain/dates";
import { type EarlyRepaymentPlan, payableNow, planEarlyRepayment } from "@/lib/domain/repayments";
import { type OverdueAgingBucket, overdueAgingBucket, overdueDays } from "@/lib/domain/schedules";
import type { DepositStatus, RepaymentKind } from "@/lib/generated/prisma/client";
import { type Clock, getClock, today } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { notFound } from "@/lib/server/errors";
import { getBalances } from "@/lib/server/ledger";
import { getOverdueSettings, type OverdueSettings } from "@/lib/server/settings/overdue-settings";
import { listPage, type Page } from "@/lib/shared/pagination";
import type { OwedInstalmentRow } from "./owed-instalments";
import { findRepaidProject } from "./repaid-project";

/** Where an instalment stands today: PAID; UPCOMING (not yet due); DUE (due today); GRACE (past due, within the grace days); OVERDUE. */
export type InstalmentStanding = "PAID" | "UPCOMING" | "DUE" | "GRACE" | "OVERDUE";

export interface CompanyInstalmentRow {
  number: number;
  dueDate: BusinessDate;
  principalFen: bigint;
  interestFen: bigint;
  /** Penalty interest (罚息) accrued to today, including the days the daily job has not counted yet. */
  penaltyFen: bigint;
  /** Principal, interest and penalty paid. */
  paidFen: bigint;
  /** Interest no longer owed (early repayment). */
  waivedFen: bigint;
  /** What it owes today. */
  owedFen: bigint;
  standing: InstalmentStanding;
  /** Days past the due date once overdue (0 otherwise), and its aging bucket. */
  overdueDays: number;
  bucket: OverdueAgingBucket;
}

export interface CompanyRepaymentRow {
  id: string;
  kind: RepaymentKind;
  repaidOn: BusinessDate;
  amountFen: bigint;
  principalFen: bigint;
  interestFen: bigint;
  penaltyFen: bigint;
  /** Paid through checkout (a deposit). */
  viaCheckout: boolean;
}

export interface CompanyRepaymentView {
  today: BusinessDate;
  /** False once nothing is owed (SETTLED) or before the payout: no payment forms then. */
  repayable: boolean;
  instalments: CompanyInstalmentRow[];
  /** Everything due today or earlier, penalty to date included (fen): what "pay" proposes. */
  dueNowFen: bigint;
  /** The most a payment may be now: what is due plus the next instalment. */
  maxFen: bigint;
  /** Everything still owed on the loan as scheduled, penalty to date included. */
  outstandingFen: bigint;
  /** The company's available balance (fen). */
  availableFen: bigint;
  /** Early repayment today: its amounts, or why not (INSTALMENT_DUE, NOTHING_OUTSTANDING). */
  early: EarlyRepaymentPlan;
  /** Newest first, one page of REPAYMENTS_PAGE_SIZE. */
  repayments: Page<CompanyRepaymentRow>;
  /** The checkout order the gateway sent the company back from (`orderNo`), when it is its own for this loan. */
  checkout: { depositId: string; status: DepositStatus } | null;
}

export const REPAYMENTS_PAGE_SIZE = 10;

interface InstalmentRecord {
  id: string;
  number: number;
  dueDate: string;
  status: "DUE" | "PAID";
  principalFen: bigint;
  interestFen: bigint;
  penaltyFen: bigint;
  paidPrincipalFen: bigint;
  paidInterestFen: bigint;
  paidPenaltyFen: bigint;
  interestWaivedFen: bigint;
  penaltyAccruedOn: string | null;
  overdueSince: string | null;
}

/**
 * The company's repayment page for its own loan `projectId` (issue 12 item 1): every instalment with its due date,
 * principal, interest, penalty to date, paid, owed and standing (overdue days and aging bucket), what is due now,
 * the early-repayment quote, the company's available balance, its repayments (one page, newest first) and the status of the checkout
 * order `orderNo` it came back from (its own for this loan only). Reads only: the penalty
 * not yet accrued by the daily job is computed as accrueOverdue would (so the page shows what paying now costs).
 *
 * @throws DomainError NOT_FOUND (not its own project), NOTHING_OWED (not disbursed: no schedule)
 */
export async function getCompanyRepaymentView(
  db: Db,
  companyUserId: string,
  projectId: string,
  { clock = getClock(), orderNo, page = 1 }: { clock?: Clock; orderNo?: string; page?: number } = {},
): Promise<CompanyRepaymentView> {
  const project = await db.loanProject.findUnique({
    where: { id: projectId },
    select: { id: true, status: true, company: { select: { userId: true } } },
  });
  if (!project || project.company.userId !== companyUserId) throw notFound();
  const asOf = today(clock);
  const settings = await getOverdueSettings(db);
  const records = await db.$queryRaw<InstalmentRecord[]>`
    SELECT "id", "number", to_char("dueDate", 'YYYY-MM-DD') AS "dueDate", "status", "principalFen", "interestFen", "penaltyFen",
           "paidPrincipalFen", "paidInterestFen", "paidPenaltyFen", "interestWaivedFen",
           to_char("penaltyAccruedOn", 'YYYY-MM-DD') AS "penaltyAccruedOn", to_char("overdueSince", 'YYYY-MM-DD') AS "overdueSince"
      FROM "RepaymentInstalment" WHERE "projectId" = ${projectId} ORDER BY "number"`;
  const instalments = records.map((r) => instalmentRow(r, asOf, settings));
  const owed: OwedInstalmentRow[] = records
    .filter((r) => r.status === "DUE")
    .map((r) => ({
      id: r.id,
      number: r.number,
      dueDate: businessDate(r.dueDate),
      principalFen: r.principalFen - r.paidPrincipalFen,
      interestFen: r.interestFen - r.paidInterestFen - r.interestWaivedFen,
      penaltyFen: (instalments.find((i) => i.number === r.number) as CompanyInstalmentRow).penaltyFen - r.paidPenaltyFen,
      scheduledPrincipalFen: r.principalFen,
      scheduledInterestFen: r.interestFen,
      paidPrincipalFen: r.paidPrincipalFen,
      paidInterestFen: r.paidInterestFen,
      interestWaivedFen: r.interestWaivedFen,
      overdueSince: r.overdueSince ? businessDate(r.overdueSince) : null,
    }));
  const payable = payableNow(owed, asOf);
  const repayable = ["REPAYING", "OVERDUE", "BAD_DEBT"].includes(project.status) && owed.length > 0;
  const early: EarlyRepaymentPlan = repayable
    ? await earlyOf(db, projectId, companyUserId, owed, asOf, clock.zone)
    : { ok: false, code: "NOTHING_OUTSTANDING" };
  const { availableFen } = await getBalances(db, companyUserId);
  const where = { projectId };
  const repayments = await listPage(
    page,
    REPAYMENTS_PAGE_SIZE,
    (window) =>
      db.repayment.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...window,
        select: {
          id: true,
          kind: true,
          repaidOn: true,
          amountFen: true,
          principalFen: true,
          interestFen: true,
          penaltyFen: true,
          depositId: true,
        },
      }),
    () => db.repayment.count({ where }),
  );
  const checkout = orderNo
    ? await db.deposit.findFirst({ where: { id: orderNo, userId: companyUserId, projectId }, select: { id: true, status: true } })
    : null;
  return {
    checkout: checkout ? { depositId: checkout.id, status: checkout.status } : null,
    today: asOf,
    repayable,
    instalments,
    dueNowFen: payable.dueNowFen,
    maxFen: payable.maxFen,
    outstandingFen: instalments.reduce((s, i) => s + i.owedFen, 0n),
    availableFen,
    early,
    repayments: {
      ...repayments,
      items: repayments.items.map(({ depositId, repaidOn, ...r }) => ({
        ...r,
        repaidOn: businessDateOf(repaidOn, "UTC"),
        viaCheckout: depositId !== null,
      })),
    },
  };
}

async function earlyOf(
  db: Db,
  projectId: string,
  companyUserId: string,
  owed: OwedInstalmentRow[],
  asOf: BusinessDate,
  zone: string,
): Promise<EarlyRepaymentPlan> {
  const project = await findRepaidProject(db, projectId, companyUserId);
  if (!project.disbursedAt) return { ok: false, code: "NOTHING_OUTSTANDING" };
  return planEarlyRepayment(
    {
      principalFen: project.amountFen,
      annualRateBp: project.annualRateBp,
      termMonths: project.termMonths,
      method: project.repaymentMethod,
      startDate: businessDateOf(project.disbursedAt, zone),
    },
    owed,
    asOf,
  );
}

/** One instalment's row, its penalty brought to `asOf` by accrueOverdue's formula (lib/server/overdue/accrue-overdue.ts). */
function instalmentRow(r: InstalmentRecord, asOf: BusinessDate, settings: OverdueSettings): CompanyInstalmentRow {
  const dueDate = businessDate(r.dueDate);
  const late = r.status === "DUE" ? overdueDays({ dueDate, asOf, graceDays: settings.graceDays }) : 0;
  let penaltyFen = r.penaltyFen;
  if (late > 0) {
    const from = r.penaltyAccruedOn ? businessDate(r.penaltyAccruedOn) : dueDate;
    const days = Math.max(0, daysBetween(from, asOf));
    const unpaid = r.principalFen - r.paidPrincipalFen + r.interestFen - r.paidInterestFen - r.interestWaivedFen;
    penaltyFen += (2n * unpaid * BigInt(settings.penaltyDailyBp) * BigInt(days) + 10_000n) / 20_000n;
  }
  const paidFen = r.paidPrincipalFen + r.paidInterestFen + r.paidPenaltyFen;
  const owedFen = r.principalFen + r.interestFen + penaltyFen - paidFen - r.interestWaivedFen;
  const past = compareBusinessDates(dueDate, asOf);
  const standing: InstalmentStanding =
    r.status === "PAID" ? "PAID" : late > 0 ? "OVERDUE" : past > 0 ? "UPCOMING" : past === 0 ? "DUE" : "GRACE";
  return {
    number: r.number,
    dueDate,
    principalFen: r.principalFen,
    interestFen: r.interestFen,
    penaltyFen,
    paidFen,
    waivedFen: r.interestWaivedFen,
    owedFen,
    standing,
    overdueDays: late,
    bucket: overdueAgingBucket(late),
  };
}
