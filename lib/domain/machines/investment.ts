import { setup } from "xstate";
import { type ApplyEventResult, applyEvent } from "./apply-event";
import { by, type EventMetaTable } from "./event-meta";
import type { EventUnion } from "./event-union";
import type { LoanProjectStatus } from "./loan-project";

/** Investment (投资) lifecycle, DESIGN §5. Names are the Prisma `InvestmentStatus` values. */
export const InvestmentStatuses = ["PENDING", "CONFIRMED", "HOLDING", "SETTLED", "REJECTED", "CANCELLED", "REFUNDED"] as const;
export type InvestmentStatus = (typeof InvestmentStatuses)[number];

/**
 * CONFIRM / REJECT: CS investment-request review (投资请求审核) of a PENDING investment.
 * CANCEL: the investor withdraws a PENDING investment.
 * HOLD: the project's payout was confirmed (CONFIRM_DISBURSED); the investment becomes a claim.
 * SETTLE: the investor's claim is fully repaid.
 * REFUND: the project FAILED; the frozen funds go back (from PENDING or CONFIRMED).
 */
export const InvestmentEvents = ["CONFIRM", "REJECT", "CANCEL", "HOLD", "SETTLE", "REFUND"] as const;
export type InvestmentEventType = (typeof InvestmentEvents)[number];

export type InvestmentEvent = EventUnion<InvestmentEventType>;

/**
 * Facts the guards read; a missing fact makes its guard refuse (fail closed).
 *
 * | Event | Reads |
 * |---|---|
 * | CONFIRM | investorVerified, withinLimits |
 * | SETTLE | remainingDueFen |
 * | REFUND | projectStatus |
 */
export interface InvestmentContext {
  /** The investor's real-name verification is complete. */
  readonly investorVerified?: boolean;
  /** The amount respects the project's minimum and the platform's per-investor limits. */
  readonly withinLimits?: boolean;
  /** Principal and interest still owed to this investor on this investment. */
  readonly remainingDueFen?: bigint;
  readonly projectStatus?: LoanProjectStatus;
}

export const investmentMachine = setup({
  types: {
    context: {} as InvestmentContext,
    events: {} as InvestmentEvent,
  },
  guards: {
    investorVerifiedWithinLimits: ({ context }) => context.investorVerified === true && context.withinLimits === true,
    claimFullyRepaid: ({ context }) => context.remainingDueFen === 0n,
    projectFailed: ({ context }) => context.projectStatus === "FAILED",
  },
}).createMachine({
  id: "investment",
  initial: "PENDING",
  states: {
    PENDING: {
      description: "待确认 Funds frozen, amount reserved on the project",
      on: {
        CONFIRM: { target: "CONFIRMED", guard: "investorVerifiedWithinLimits" },
        REJECT: { target: "REJECTED" },
        CANCEL: { target: "CANCELLED" },
        REFUND: { target: "REFUNDED", guard: "projectFailed" },
      },
    },
    CONFIRMED: {
      description: "已确认 Reviewed by CS; waiting for the payout",
      on: {
        HOLD: { target: "HOLDING" },
        REFUND: { target: "REFUNDED", guard: "projectFailed" },
      },
    },
    HOLDING: {
      description: "持有中 Paid out; repayments flow back",
      on: {
        SETTLE: { target: "SETTLED", guard: "claimFullyRepaid" },
      },
    },
    SETTLED: { type: "final", description: "已结清 Fully repaid" },
    REJECTED: { type: "final", description: "已拒绝 Refused at review; funds unfrozen" },
    CANCELLED: { type: "final", description: "已取消 Cancelled by the investor; funds unfrozen" },
    REFUNDED: { type: "final", description: "已退款 Project failed; funds unfrozen" },
  },
});

export const investmentEventMeta: EventMetaTable<InvestmentEventType> = {
  // SYSTEM: the platform setting investments.autoConfirm confirms an investment as it is placed.
  CONFIRM: by("CUSTOMER_SERVICE", "SYSTEM"),
  REJECT: by("CUSTOMER_SERVICE"),
  CANCEL: by("INVESTOR"),
  HOLD: by("SYSTEM"),
  SETTLE: by("SYSTEM"),
  REFUND: by("SYSTEM"),
};

/** Investments that count towards LoanProject.fundedFen (the amount is reserved or paid out). */
export const InvestmentLiveStatuses = ["PENDING", "CONFIRMED", "HOLDING"] as const satisfies readonly InvestmentStatus[];

export function applyInvestmentEvent(
  status: InvestmentStatus,
  context: InvestmentContext,
  event: InvestmentEvent,
): ApplyEventResult<InvestmentStatus> {
  return applyEvent(investmentMachine, status, context, event);
}
