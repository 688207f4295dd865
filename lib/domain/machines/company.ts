import { setup } from "xstate";
import { type ApplyEventResult, applyEvent } from "./apply-event";
import { by, csRequestSupApproval, type EventMetaTable } from "./event-meta";
import type { EventUnion } from "./event-union";

/** Company (企业) standing, DESIGN §4. Names are the Prisma `CompanyStatus` values. */
export const CompanyStatuses = ["NORMAL", "GOOD", "WATCH", "BLACKLIST", "INVALID"] as const;
export type CompanyStatus = (typeof CompanyStatuses)[number];

export const CompanyEvents = ["ACTIVATE", "FLAG_OVERDUE", "CLEAR_WATCH", "BLACKLIST", "UPGRADE", "LIFT_BLACKLIST", "DEACTIVATE"] as const;
export type CompanyEventType = (typeof CompanyEvents)[number];

export type CompanyEvent = EventUnion<CompanyEventType>;

/** Platform setting default: months on the platform before a company may be upgraded to GOOD. */
export const DEFAULT_UPGRADE_MIN_MONTHS = 12;

/** DESIGN: only NORMAL and GOOD companies can submit loan requests. */
export function companyMayBorrow(status: CompanyStatus): boolean {
  return status === "NORMAL" || status === "GOOD";
}

/**
 * Facts the guards read; a missing fact makes its guard refuse (fail closed).
 *
 * | Event | Reads |
 * |---|---|
 * | ACTIVATE | documentsVerified |
 * | FLAG_OVERDUE, CLEAR_WATCH | hasOverdueInstalments |
 * | BLACKLIST | hasBadDebtProject |
 * | UPGRADE | monthsOnPlatform, upgradeMinMonths (default 12), overdueInUpgradeWindow |
 * | LIFT_BLACKLIST | outstandingDueFen |
 * | DEACTIVATE | hasOutstandingLoan |
 */
export interface CompanyContext {
  /** Company data and documents checked by staff. */
  readonly documentsVerified?: boolean;
  /** Any of its projects has an unpaid instalment past due beyond the grace days. */
  readonly hasOverdueInstalments?: boolean;
  readonly hasBadDebtProject?: boolean;
  /** Whole months since activation (see wholeMonthsBetween in lib/domain/dates, on business dates). */
  readonly monthsOnPlatform?: number;
  /** The platform setting; DEFAULT_UPGRADE_MIN_MONTHS when absent. */
  readonly upgradeMinMonths?: number;
  /** Any instalment of the company went overdue during the last `upgradeMinMonths` months. */
  readonly overdueInUpgradeWindow?: boolean;
  /** Principal, interest and penalties still owed across all its projects. */
  readonly outstandingDueFen?: bigint;
  /** Some project is in one of LoanProjectOutstandingStatuses. */
  readonly hasOutstandingLoan?: boolean;
}

export const companyMachine = setup({
  types: {
    context: {} as CompanyContext,
    events: {} as CompanyEvent,
  },
  guards: {
    documentsVerified: ({ context }) => context.documentsVerified === true,
    hasOverdueInstalments: ({ context }) => context.hasOverdueInstalments === true,
    noOverdueInstalments: ({ context }) => context.hasOverdueInstalments === false,
    hasBadDebtProject: ({ context }) => context.hasBadDebtProject === true,
    longStandingWithoutOverdue: ({ context }) =>
      context.monthsOnPlatform !== undefined &&
      context.monthsOnPlatform >= (context.upgradeMinMonths ?? DEFAULT_UPGRADE_MIN_MONTHS) &&
      context.overdueInUpgradeWindow === false,
    everythingRepaid: ({ context }) => context.outstandingDueFen === 0n,
    noOutstandingLoan: ({ context }) => context.hasOutstandingLoan === false,
  },
}).createMachine({
  id: "company",
  // A newly registered company stays INVALID until staff verify it.
  initial: "INVALID",
  states: {
    INVALID: {
      description: "无效 Not verified, or deactivated",
      on: {
        ACTIVATE: { target: "NORMAL", guard: "documentsVerified" },
      },
    },
    NORMAL: {
      description: "正常 May borrow",
      on: {
        FLAG_OVERDUE: { target: "WATCH", guard: "hasOverdueInstalments" },
        UPGRADE: { target: "GOOD", guard: "longStandingWithoutOverdue" },
        DEACTIVATE: { target: "INVALID", guard: "noOutstandingLoan" },
      },
    },
    GOOD: {
      description: "良好 Long record without overdue; may borrow",
      on: {
        FLAG_OVERDUE: { target: "WATCH", guard: "hasOverdueInstalments" },
        DEACTIVATE: { target: "INVALID", guard: "noOutstandingLoan" },
      },
    },
    WATCH: {
      description: "关注 A project went overdue; may not borrow",
      on: {
        CLEAR_WATCH: { target: "NORMAL", guard: "noOverdueInstalments" },
        BLACKLIST: { target: "BLACKLIST", guard: "hasBadDebtProject" },
        DEACTIVATE: { target: "INVALID", guard: "noOutstandingLoan" },
      },
    },
    BLACKLIST: {
      description: "黑名单 Has bad debt; may not borrow",
      on: {
        LIFT_BLACKLIST: { target: "NORMAL", guard: "everythingRepaid" },
      },
    },
  },
});

export const companyEventMeta: EventMetaTable<CompanyEventType> = {
  ACTIVATE: csRequestSupApproval,
  FLAG_OVERDUE: by("SYSTEM"),
  CLEAR_WATCH: csRequestSupApproval,
  BLACKLIST: csRequestSupApproval,
  UPGRADE: csRequestSupApproval,
  LIFT_BLACKLIST: csRequestSupApproval,
  DEACTIVATE: csRequestSupApproval,
};

export function applyCompanyEvent(status: CompanyStatus, context: CompanyContext, event: CompanyEvent): ApplyEventResult<CompanyStatus> {
  return applyEvent(companyMachine, status, context, event);
}
