import type { CompanyContext, CompanyEvent, CompanyStatus } from "@/lib/domain/machines/company";
import type { DepositContext, DepositEvent, DepositStatus } from "@/lib/domain/machines/deposit";
import type { InvestmentContext, InvestmentEvent, InvestmentStatus } from "@/lib/domain/machines/investment";
import type { LoanProjectContext, LoanProjectEvent, LoanProjectStatus } from "@/lib/domain/machines/loan-project";
import type { OutflowContext, OutflowEvent, OutflowStatus } from "@/lib/domain/machines/outflow";
import type {
  ReconciliationDifferenceContext,
  ReconciliationDifferenceEvent,
  ReconciliationDifferenceStatus,
} from "@/lib/domain/machines/reconciliation-difference";
import type { ReviewRequestContext, ReviewRequestEvent, ReviewRequestStatus } from "@/lib/domain/machines/review-request";
import type { Actor } from "@/lib/domain/permissions";
import type { EntityType, Prisma } from "@/lib/generated/prisma/client";
import { isStaffRole } from "@/lib/shared/roles";

/** Who applies a change: a signed-in user; services the system also drives take `Actor | null` (null = the system). */
export type { Actor } from "@/lib/domain/permissions";

export { STAFF_ROLES } from "@/lib/shared/roles";
export const isStaff = (actor: Actor | null): actor is Actor => actor !== null && isStaffRole(actor.role);

/** Per entity type: the machine's statuses, events and guard facts, and the row's update input. */
export interface EntityTypes {
  LOAN_PROJECT: {
    status: LoanProjectStatus;
    event: LoanProjectEvent;
    context: LoanProjectContext;
    data: Prisma.LoanProjectUncheckedUpdateManyInput;
  };
  COMPANY: {
    status: CompanyStatus;
    event: CompanyEvent;
    context: CompanyContext;
    data: Prisma.CompanyUncheckedUpdateManyInput;
  };
  INVESTMENT: {
    status: InvestmentStatus;
    event: InvestmentEvent;
    context: InvestmentContext;
    data: Prisma.InvestmentUncheckedUpdateManyInput;
  };
  DEPOSIT: {
    status: DepositStatus;
    event: DepositEvent;
    context: DepositContext;
    data: Prisma.DepositUncheckedUpdateManyInput;
  };
  OUTFLOW: {
    status: OutflowStatus;
    event: OutflowEvent;
    context: OutflowContext;
    data: Prisma.OutflowUncheckedUpdateManyInput;
  };
  REVIEW_REQUEST: {
    status: ReviewRequestStatus;
    event: ReviewRequestEvent;
    context: ReviewRequestContext;
    data: Prisma.ReviewRequestUncheckedUpdateManyInput;
  };
  RECONCILIATION_DIFFERENCE: {
    status: ReconciliationDifferenceStatus;
    event: ReconciliationDifferenceEvent;
    context: ReconciliationDifferenceContext;
    data: Prisma.ReconciliationDifferenceUncheckedUpdateManyInput;
  };
}

// Every EntityType has an entry (compile-time check).
type _AllEntities = EntityTypes[EntityType];

export type EventOf<E extends EntityType> = EntityTypes[E]["event"];
export type EventTypeOf<E extends EntityType> = EventOf<E>["type"];
export type StatusOf<E extends EntityType> = EntityTypes[E]["status"];
export type ContextOf<E extends EntityType> = EntityTypes[E]["context"];

/** The event's payload fields besides `type` and `reason` (e.g. { externalSerial } for CONFIRM_DISBURSED). */
export type PayloadOf<E extends EntityType, T extends EventTypeOf<E>> = Omit<Extract<EventOf<E>, { type: T }>, "type" | "reason">;
