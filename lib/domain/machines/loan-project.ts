import { setup } from "xstate";
import { type ApplyEventResult, applyEvent } from "./apply-event";
import { type CompanyStatus, companyMayBorrow } from "./company";
import { by, csRequestSupApproval, type EventMetaTable } from "./event-meta";
import type { EventUnion } from "./event-union";
import { isNonBlank } from "./payload-checks";

/** Loan project (借款项目) lifecycle, DESIGN §3. Names are the Prisma `LoanStatus` values. */
export const LoanProjectStatuses = [
  "DRAFT",
  "PENDING_PRELIMINARY_REVIEW",
  "PENDING_FINAL_REVIEW",
  "REJECTED",
  "WITHDRAWN",
  "FUNDRAISING",
  "FULLY_FUNDED",
  "FAILED",
  "DISBURSING",
  "REPAYING",
  "OVERDUE",
  "BAD_DEBT",
  "SETTLED",
] as const;
export type LoanProjectStatus = (typeof LoanProjectStatuses)[number];

export const LoanProjectEvents = [
  "SUBMIT",
  "WITHDRAW",
  "PASS_PRELIMINARY",
  "RETURN_FOR_REVISION",
  "REJECT",
  "PUBLISH",
  "FILL",
  "REOPEN",
  "EXPIRE",
  "CANCEL",
  "APPROVE_DISBURSEMENT",
  "REJECT_DISBURSEMENT",
  "CONFIRM_DISBURSED",
  "MARK_OVERDUE",
  "CURE",
  "DECLARE_BAD_DEBT",
  "SETTLE",
] as const;
export type LoanProjectEventType = (typeof LoanProjectEvents)[number];

export type LoanProjectEvent = EventUnion<
  LoanProjectEventType,
  {
    /** The company reads the reason, so it is required. */
    RETURN_FOR_REVISION: { reason: string };
    REJECT: { reason: string };
    /** The payment platform's serial number of the payout transfer. */
    CONFIRM_DISBURSED: { externalSerial: string };
  }
>;

/** DESIGN: 90+ days overdue before a loan may be declared bad debt. */
export const BAD_DEBT_MIN_DAYS_OVERDUE = 90;

/**
 * Facts the guards read, loaded by the service from the database (and the acting user) before applying an
 * event. Only the fields the event's guard reads are needed; a missing fact makes that guard refuse
 * (fail closed), so forgetting one can never open a transition.
 *
 * | Event | Reads |
 * |---|---|
 * | SUBMIT | companyStatus, requiredFieldsValid |
 * | PUBLISH | actorId, passedById |
 * | FILL, REOPEN | fundedFen, amountFen |
 * | EXPIRE | now, fundraisingDeadline |
 * | APPROVE_DISBURSEMENT | allInvestmentsConfirmed |
 * | MARK_OVERDUE, CURE | hasOverdueInstalments |
 * | DECLARE_BAD_DEBT | daysOverdue |
 * | SETTLE | remainingDueFen |
 *
 * RETURN_FOR_REVISION and REJECT check `event.reason`; CONFIRM_DISBURSED checks `event.externalSerial`.
 */
export interface LoanProjectContext {
  readonly companyStatus?: CompanyStatus;
  /** The project's own fields pass the loan-request schema (amount, rate, term, purpose…). */
  readonly requiredFieldsValid?: boolean;
  /** The staff member applying the event now. */
  readonly actorId?: string;
  /** The CS who passed the preliminary review (LoanProject.passedById). */
  readonly passedById?: string | null;
  readonly fundedFen?: bigint;
  readonly amountFen?: bigint;
  readonly now?: Date;
  readonly fundraisingDeadline?: Date | null;
  readonly allInvestmentsConfirmed?: boolean;
  /** Some instalment is past due beyond the grace days and unpaid. */
  readonly hasOverdueInstalments?: boolean;
  /** Days past due of the oldest unpaid instalment. */
  readonly daysOverdue?: number;
  /** Principal, interest and penalties still owed on the project. */
  readonly remainingDueFen?: bigint;
}

export const loanProjectMachine = setup({
  types: {
    context: {} as LoanProjectContext,
    events: {} as LoanProjectEvent,
  },
  guards: {
    companyMayBorrowAndFieldsValid: ({ context }) =>
      context.companyStatus !== undefined && companyMayBorrow(context.companyStatus) && context.requiredFieldsValid === true,
    reasonGiven: ({ event }) => isNonBlank(event.reason),
    // Four eyes: the supervisor who publishes must not be the person who passed the preliminary review.
    publisherDidNotPassIt: ({ context }) =>
      isNonBlank(context.actorId) && isNonBlank(context.passedById ?? undefined) && context.actorId !== context.passedById,
    fullyFunded: ({ context }) =>
      context.fundedFen !== undefined && context.amountFen !== undefined && context.fundedFen === context.amountFen,
    underFunded: ({ context }) =>
      context.fundedFen !== undefined && context.amountFen !== undefined && context.fundedFen < context.amountFen,
    deadlinePassed: ({ context }) =>
      context.now instanceof Date &&
      context.fundraisingDeadline instanceof Date &&
      context.now.getTime() >= context.fundraisingDeadline.getTime(),
    allInvestmentsConfirmed: ({ context }) => context.allInvestmentsConfirmed === true,
    externalSerialGiven: ({ event }) => "externalSerial" in event && isNonBlank(event.externalSerial),
    hasOverdueInstalments: ({ context }) => context.hasOverdueInstalments === true,
    noOverdueInstalments: ({ context }) => context.hasOverdueInstalments === false,
    overdueLongEnoughForBadDebt: ({ context }) => context.daysOverdue !== undefined && context.daysOverdue >= BAD_DEBT_MIN_DAYS_OVERDUE,
    nothingRemainingDue: ({ context }) => context.remainingDueFen === 0n,
  },
}).createMachine({
  id: "loanProject",
  initial: "DRAFT",
  states: {
    DRAFT: {
      description: "草稿 Company is editing the request",
      on: {
        SUBMIT: { target: "PENDING_PRELIMINARY_REVIEW", guard: "companyMayBorrowAndFieldsValid" },
        WITHDRAW: { target: "WITHDRAWN" },
      },
    },
    PENDING_PRELIMINARY_REVIEW: {
      description: "待初审 Waiting for CS preliminary review",
      on: {
        WITHDRAW: { target: "WITHDRAWN" },
        PASS_PRELIMINARY: { target: "PENDING_FINAL_REVIEW" },
        RETURN_FOR_REVISION: { target: "DRAFT", guard: "reasonGiven" },
        REJECT: { target: "REJECTED", guard: "reasonGiven" },
      },
    },
    PENDING_FINAL_REVIEW: {
      description: "待复审 Waiting for SUP final review",
      on: {
        WITHDRAW: { target: "WITHDRAWN" },
        RETURN_FOR_REVISION: { target: "DRAFT", guard: "reasonGiven" },
        REJECT: { target: "REJECTED", guard: "reasonGiven" },
        PUBLISH: { target: "FUNDRAISING", guard: "publisherDidNotPassIt" },
      },
    },
    REJECTED: { type: "final", description: "已驳回 Refused" },
    WITHDRAWN: { type: "final", description: "已撤回 Withdrawn by the company" },
    FUNDRAISING: {
      description: "招标中 Open for investment until the deadline",
      on: {
        FILL: { target: "FULLY_FUNDED", guard: "fullyFunded" },
        EXPIRE: { target: "FAILED", guard: "deadlinePassed" },
        CANCEL: { target: "FAILED" },
      },
    },
    FULLY_FUNDED: {
      description: "满标待审 Waiting for SUP full-subscription review",
      on: {
        REOPEN: { target: "FUNDRAISING", guard: "underFunded" },
        APPROVE_DISBURSEMENT: { target: "DISBURSING", guard: "allInvestmentsConfirmed" },
        REJECT_DISBURSEMENT: { target: "FAILED" },
      },
    },
    FAILED: { type: "final", description: "流标 Not funded, cancelled or refused; investments refunded" },
    DISBURSING: {
      description: "放款中 Payout approved; waiting for CS to transfer it",
      on: {
        CONFIRM_DISBURSED: { target: "REPAYING", guard: "externalSerialGiven" },
      },
    },
    REPAYING: {
      description: "还款中 Repayment schedule running",
      on: {
        MARK_OVERDUE: { target: "OVERDUE", guard: "hasOverdueInstalments" },
        SETTLE: { target: "SETTLED", guard: "nothingRemainingDue" },
      },
    },
    OVERDUE: {
      description: "逾期 An instalment is past due",
      on: {
        CURE: { target: "REPAYING", guard: "noOverdueInstalments" },
        DECLARE_BAD_DEBT: { target: "BAD_DEBT", guard: "overdueLongEnoughForBadDebt" },
        SETTLE: { target: "SETTLED", guard: "nothingRemainingDue" },
      },
    },
    BAD_DEBT: {
      description: "坏账 90+ days overdue, declared bad debt",
      on: {
        SETTLE: { target: "SETTLED", guard: "nothingRemainingDue" },
      },
    },
    SETTLED: { type: "final", description: "已结清 Everything repaid" },
  },
});

export const loanProjectEventMeta: EventMetaTable<LoanProjectEventType> = {
  SUBMIT: by("COMPANY"),
  WITHDRAW: by("COMPANY"),
  PASS_PRELIMINARY: by("CUSTOMER_SERVICE"),
  RETURN_FOR_REVISION: by("CUSTOMER_SERVICE", "SUPERVISOR"),
  REJECT: by("CUSTOMER_SERVICE", "SUPERVISOR"),
  PUBLISH: by("SUPERVISOR"),
  FILL: by("SYSTEM"),
  REOPEN: by("SYSTEM"),
  EXPIRE: by("SYSTEM"),
  CANCEL: csRequestSupApproval,
  APPROVE_DISBURSEMENT: by("SUPERVISOR"),
  REJECT_DISBURSEMENT: by("SUPERVISOR"),
  CONFIRM_DISBURSED: by("CUSTOMER_SERVICE"),
  MARK_OVERDUE: by("SYSTEM"),
  CURE: by("SYSTEM"),
  DECLARE_BAD_DEBT: csRequestSupApproval,
  SETTLE: by("SYSTEM"),
};

/**
 * Projects that still tie up the company: money is being raised, paid out or owed.
 * A company with one of these cannot be deactivated.
 */
export const LoanProjectOutstandingStatuses = [
  "FUNDRAISING",
  "FULLY_FUNDED",
  "DISBURSING",
  "REPAYING",
  "OVERDUE",
  "BAD_DEBT",
] as const satisfies readonly LoanProjectStatus[];

export function applyLoanProjectEvent(
  status: LoanProjectStatus,
  context: LoanProjectContext,
  event: LoanProjectEvent,
): ApplyEventResult<LoanProjectStatus> {
  return applyEvent(loanProjectMachine, status, context, event);
}
