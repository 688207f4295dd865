import type { CompanyContext } from "@/lib/domain/machines/company";
import { DEFAULT_UPGRADE_MIN_MONTHS } from "@/lib/domain/machines/company";
import { formatMoney } from "@/lib/domain/money";
import { DomainError } from "@/lib/server/errors";

/**
 * Why the company machine's guard refused `eventType` with `context` (the facts companyEntity read), in words
 * staff can act on; the machine alone decides, this only names the rule. Undefined for an event whose generic
 * GUARD_FAILED says enough (ACTIVATE has its own checks on the page). Amounts are formatted in zh-CN style
 * (¥1,234.56), as other errors' params.
 */
export function companyGuardRefusal(context: CompanyContext, eventType: string): DomainError | undefined {
  switch (eventType) {
    case "CLEAR_WATCH":
      return new DomainError("COMPANY_HAS_OVERDUE", "The company has an overdue instalment");
    case "BLACKLIST":
      return new DomainError("COMPANY_NO_BAD_DEBT", "No project of the company is a bad debt");
    case "UPGRADE": {
      const needed = context.upgradeMinMonths ?? DEFAULT_UPGRADE_MIN_MONTHS;
      const months = context.monthsOnPlatform ?? 0;
      return months < needed
        ? new DomainError("COMPANY_TOO_RECENT", `On the platform ${months} months; ${needed} needed`, {}, { months, needed })
        : new DomainError("COMPANY_OVERDUE_IN_WINDOW", `Overdue in the last ${needed} months`, {}, { months: needed });
    }
    case "LIFT_BLACKLIST": {
      const owed = context.outstandingDueFen ?? 0n;
      return new DomainError("COMPANY_STILL_OWES", `${owed} fen still owed`, {}, { amount: formatMoney(owed, "zh-CN") });
    }
    case "DEACTIVATE":
      return new DomainError("COMPANY_LOAN_OUTSTANDING", "A loan is still outstanding");
    default:
      return undefined;
  }
}
