import { addMonths, businessDateOf, wholeMonthsBetween } from "@/lib/domain/dates";
import type { CompanyContext } from "@/lib/domain/machines/company";
import type { Clock } from "@/lib/server/clock";
import type { Tx } from "@/lib/server/db/types";
import { companyStanding } from "@/lib/server/overdue/standing";
import { getCompanyStatusSettings } from "@/lib/server/settings/company-status-settings";

type CompanyRow = { id: string; activatedAt: Date | null };

/**
 * UPGRADE's facts on the clock's business date D: whole months from the activation's business date to D
 * (undefined when never activated: the guard refuses), the setting's minimum, and whether any instalment of the
 * company was overdue from D − upgradeMinMonths on (still unpaid, or paid in that window).
 */
export async function upgradeFacts(tx: Tx, company: CompanyRow, clock: Clock): Promise<CompanyContext> {
  const today = businessDateOf(clock.now(), clock.zone);
  const { upgradeMinMonths } = await getCompanyStatusSettings(tx);
  const windowStart = addMonths(today, -upgradeMinMonths);
  const standing = await companyStanding(tx, company.id, { windowStart, zone: clock.zone });
  return {
    monthsOnPlatform: company.activatedAt ? wholeMonthsBetween(businessDateOf(company.activatedAt, clock.zone), today) : undefined,
    upgradeMinMonths,
    overdueInUpgradeWindow: standing.overdueSinceWindowStart,
  };
}

/** CLEAR_WATCH's fact: some unpaid instalment of the company is overdue (past its grace days). */
export async function clearWatchFacts(tx: Tx, company: CompanyRow, clock: Clock): Promise<CompanyContext> {
  const standing = await companyStanding(tx, company.id, { windowStart: businessDateOf(clock.now(), clock.zone), zone: clock.zone });
  return { hasOverdueInstalments: standing.hasOverdueInstalments };
}

/**
 * LIFT_BLACKLIST's fact: principal, interest not waived and penalty still owed on all the company's projects, fen.
 * Penalty is counted as accrued so far: an instalment still owing anything keeps the total above 0 whatever the
 * day's accrual, and a fully paid one accrues nothing more.
 */
export async function liftBlacklistFacts(tx: Tx, company: CompanyRow, clock: Clock): Promise<CompanyContext> {
  const standing = await companyStanding(tx, company.id, { windowStart: businessDateOf(clock.now(), clock.zone), zone: clock.zone });
  return { outstandingDueFen: standing.outstandingDueFen };
}
