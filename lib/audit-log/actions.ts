import {
  CompanyEvents,
  DepositEvents,
  InvestmentEvents,
  LoanProjectEvents,
  OutflowEvents,
  ReconciliationDifferenceEvents,
  ReviewRequestEvents,
} from "@/lib/domain/machines";
import type { EntityType } from "@/lib/generated/prisma/enums";
import { SUPERVISOR_GRANTED } from "@/lib/shared/audit-actions";

/*
 * The audit log's names, typed (docs/architecture.md#typed-names): `writeAudit` takes only an AuditAction and
 * the subject type that action is about, and lib/audit-log/describe-entry.test.ts checks every AuditAction
 * has its label and sentence in both languages, so an action cannot be written without being told.
 */

/**
 * Audit actions written outside the transition service, one per `writeAudit` call site, with the kind of
 * subject each is about (AuditLog.targetType). tests/unit/audit-actions-coverage.test.ts also scans the code
 * for audit rows written without writeAudit (the seed) and fails on a code missing here.
 */
const STANDALONE_AUDIT_SUBJECTS = {
  COMPANY_PROFILE_UPDATED: "COMPANY",
  COMPANY_VERIFICATION_RETURNED: "COMPANY",
  COMPANY_CREDIT_CODE_CHECKSUM_CONFIRMED: "COMPANY",
  SETTINGS_UPDATED: "PLATFORM_SETTING",
  STAFF_CREATED: "USER",
  STAFF_INVITATION_SENT: "USER",
  STAFF_UPDATED: "USER",
  STAFF_ACTIVATED: "USER",
  STAFF_MFA_ENROLLED: "USER",
  STAFF_MFA_RECOVERY_CODE_USED: "USER",
  STAFF_MFA_RESET: "USER",
  [SUPERVISOR_GRANTED]: "USER",
  "REVIEW_REQUEST.CREATE": "REVIEW_REQUEST",
  PAYOUT_REISSUED: "OUTFLOW",
  BANK_CARD_BOUND: "USER",
  BANK_CARD_UNBOUND: "USER",
  OUTFLOW_CARD_REVEALED: "OUTFLOW",
  STATEMENT_IMPORTED: "STATEMENT_IMPORT",
} as const satisfies Record<string, AuditSubjectType>;

type StandaloneAuditAction = keyof typeof STANDALONE_AUDIT_SUBJECTS;

export const STANDALONE_AUDIT_ACTIONS = Object.keys(STANDALONE_AUDIT_SUBJECTS) as StandaloneAuditAction[];

/**
 * Every lifecycle event, by the entity whose machine raises it: applyTransition audits a staff member's
 * event as "<ENTITY>.<EVENT>" (lib/server/transitions/apply-transition.ts).
 */
export const TRANSITION_EVENTS = {
  LOAN_PROJECT: LoanProjectEvents,
  COMPANY: CompanyEvents,
  INVESTMENT: InvestmentEvents,
  DEPOSIT: DepositEvents,
  OUTFLOW: OutflowEvents,
  REVIEW_REQUEST: ReviewRequestEvents,
  RECONCILIATION_DIFFERENCE: ReconciliationDifferenceEvents,
} as const satisfies Record<EntityType, readonly string[]>;

/** The events of one entity's machine. */
export type TransitionEventOf<E extends EntityType> = (typeof TRANSITION_EVENTS)[E][number];

/** "<ENTITY>.<EVENT>" for every event of every machine, e.g. "LOAN_PROJECT.PASS_PRELIMINARY". */
export type TransitionAuditAction = { [E in EntityType]: `${E}.${TransitionEventOf<E>}` }[EntityType];

/** Every action an audit row may be written with. */
export type AuditAction = StandaloneAuditAction | TransitionAuditAction;

/** The kind of subject (AuditLog.targetType) an action is about: writeAudit accepts only this one. */
export type AuditSubjectOf<A extends AuditAction> = A extends StandaloneAuditAction
  ? (typeof STANDALONE_AUDIT_SUBJECTS)[A]
  : A extends `${infer E extends EntityType}.${string}`
    ? E
    : never;

/** The audit action of a transition (applyTransition, applyTransitionMany): the one place it is built. */
export function transitionAuditAction<E extends EntityType>(entity: E, event: TransitionEventOf<E>): TransitionAuditAction {
  return `${entity}.${event}` as TransitionAuditAction;
}

/** Every audit action the code writes, standalone ones first, then transitions in machine order. */
export const AUDIT_ACTIONS: readonly AuditAction[] = [
  ...STANDALONE_AUDIT_ACTIONS,
  ...Object.entries(TRANSITION_EVENTS).flatMap(([entity, events]) =>
    (events as readonly string[]).map((event) => `${entity}.${event}` as TransitionAuditAction),
  ),
];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/**
 * The kinds of subject an audit row points at (AuditLog.targetType): the six machines (every EntityType,
 * checked below) plus users and settings. In the filter's order.
 */
export const AUDIT_SUBJECT_TYPES = [
  "COMPANY",
  "LOAN_PROJECT",
  "USER",
  "REVIEW_REQUEST",
  "INVESTMENT",
  "DEPOSIT",
  "OUTFLOW",
  "PLATFORM_SETTING",
  "RECONCILIATION_DIFFERENCE",
  "STATEMENT_IMPORT",
] as const;
export type AuditSubjectType = (typeof AUDIT_SUBJECT_TYPES)[number];

// Compile-time check: every entity with a machine is a subject type (applyTransition audits it as one).
const _everyEntityIsASubject: readonly AuditSubjectType[] = [] as EntityType[];

/** Who may be filtered for as the actor: the roles that write audit rows, and the system (no actor). */
export const AUDIT_ACTOR_FILTERS = ["CUSTOMER_SERVICE", "SUPERVISOR", "ADMIN", "COMPANY", "SYSTEM"] as const;
export type AuditActorFilter = (typeof AUDIT_ACTOR_FILTERS)[number];

/** The kind of subject an action is about, for grouping the filter's choices. */
export function subjectTypeOfAction<A extends AuditAction>(action: A): AuditSubjectOf<A> {
  const standalone = (STANDALONE_AUDIT_SUBJECTS as Record<string, AuditSubjectType>)[action];
  return (standalone ?? action.slice(0, action.indexOf("."))) as AuditSubjectOf<A>;
}

/** Every action, grouped by subject type in AUDIT_SUBJECT_TYPES order (empty groups left out). */
export function auditActionGroups(): Array<{ subjectType: AuditSubjectType; actions: AuditAction[] }> {
  return AUDIT_SUBJECT_TYPES.map((subjectType) => ({
    subjectType,
    actions: AUDIT_ACTIONS.filter((action) => subjectTypeOfAction(action) === subjectType),
  })).filter((group) => group.actions.length > 0);
}
