import {
  CompanyEvents,
  DepositEvents,
  InvestmentEvents,
  LoanProjectEvents,
  OutflowEvents,
  ReviewRequestEvents,
} from "@/lib/domain/machines";
import { SUPERVISOR_GRANTED } from "@/lib/shared/audit-actions";

/**
 * Audit actions written outside the transition service, one per `writeAudit` / `auditLog.create` call site
 * (tests/unit/audit-actions-coverage.test.ts scans the code and fails on a code missing here).
 */
export const STANDALONE_AUDIT_ACTIONS = [
  "COMPANY_PROFILE_UPDATED",
  "COMPANY_VERIFICATION_RETURNED",
  "COMPANY_CREDIT_CODE_CHECKSUM_CONFIRMED",
  "SETTINGS_UPDATED",
  "STAFF_CREATED",
  "STAFF_INVITATION_SENT",
  "STAFF_UPDATED",
  "STAFF_ACTIVATED",
  "STAFF_MFA_ENROLLED",
  "STAFF_MFA_RECOVERY_CODE_USED",
  "STAFF_MFA_RESET",
  SUPERVISOR_GRANTED,
  "REVIEW_REQUEST.CREATE",
] as const;

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
} as const;

type TransitionAction = {
  [E in keyof typeof TRANSITION_EVENTS]: `${E}.${(typeof TRANSITION_EVENTS)[E][number]}`;
}[keyof typeof TRANSITION_EVENTS];

export type AuditAction = (typeof STANDALONE_AUDIT_ACTIONS)[number] | TransitionAction;

/** Every audit action the code writes, standalone ones first, then transitions in machine order. */
export const AUDIT_ACTIONS: readonly AuditAction[] = [
  ...STANDALONE_AUDIT_ACTIONS,
  ...Object.entries(TRANSITION_EVENTS).flatMap(([entity, events]) =>
    (events as readonly string[]).map((event) => `${entity}.${event}` as TransitionAction),
  ),
];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** The kinds of subject an audit row points at (AuditLog.targetType): the six machines plus users and settings. */
export const AUDIT_SUBJECT_TYPES = [
  "COMPANY",
  "LOAN_PROJECT",
  "USER",
  "REVIEW_REQUEST",
  "INVESTMENT",
  "DEPOSIT",
  "OUTFLOW",
  "PLATFORM_SETTING",
] as const;
export type AuditSubjectType = (typeof AUDIT_SUBJECT_TYPES)[number];

/** Who may be filtered for as the actor: the roles that write audit rows, and the system (no actor). */
export const AUDIT_ACTOR_FILTERS = ["CUSTOMER_SERVICE", "SUPERVISOR", "ADMIN", "COMPANY", "SYSTEM"] as const;
export type AuditActorFilter = (typeof AUDIT_ACTOR_FILTERS)[number];

/** The kind of subject an action is about, for grouping the filter's choices. */
export function subjectTypeOfAction(action: AuditAction): AuditSubjectType {
  if (action === "SETTINGS_UPDATED") return "PLATFORM_SETTING";
  if (action.startsWith("COMPANY_")) return "COMPANY";
  if (action.startsWith("STAFF_") || action === SUPERVISOR_GRANTED) return "USER";
  return action.slice(0, action.indexOf(".")) as AuditSubjectType;
}

/** Every action, grouped by subject type in AUDIT_SUBJECT_TYPES order (empty groups left out). */
export function auditActionGroups(): Array<{ subjectType: AuditSubjectType; actions: AuditAction[] }> {
  return AUDIT_SUBJECT_TYPES.map((subjectType) => ({
    subjectType,
    actions: AUDIT_ACTIONS.filter((action) => subjectTypeOfAction(action) === subjectType),
  })).filter((group) => group.actions.length > 0);
}
