import type { BusinessDate } from "../dates/business-calendar";
import { businessDateOf } from "../dates/business-calendar";
import { scheduleStartDate } from "../dates/loan-dates";
import { buildSchedule, scheduleTotals } from "./build-schedule";
import type { Instalment, RepaymentMethod } from "./terms";

/** The loan-project columns a schedule preview needs (a Prisma LoanProject fits). */
export interface ScheduledProject {
  amountFen: bigint;
  annualRateBp: number;
  termMonths: number;
  repaymentMethod: RepaymentMethod;
  publishedAt: Date | null;
}

/**
 * The schedule shown on a project's pages: counted from the business date of publication, or from today's
 * business date while the project is not published yet (a draft previews as if published today). `now`
 * and `zone` come from the server's clock.
 */
export function projectSchedule(
  project: ScheduledProject,
  now: Date,
  zone: string,
): { startDate: BusinessDate; schedule: Instalment[]; totals: ReturnType<typeof scheduleTotals> } {
  const startDate = project.publishedAt ? scheduleStartDate(project.publishedAt, zone) : businessDateOf(now, zone);
  const schedule = buildSchedule({
    principalFen: project.amountFen,
    annualRateBp: project.annualRateBp,
    termMonths: project.termMonths,
    method: project.repaymentMethod,
    startDate,
  });
  return { startDate, schedule, totals: scheduleTotals(schedule) };
}
