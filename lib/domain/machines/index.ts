export {
  type ApplyEventRefusal,
  type ApplyEventResult,
  applyEvent,
  eventTypesFrom,
  type StatusOf,
} from "./apply-event";
export { type CatalogueEntry, machineCatalogue, machines } from "./catalogue";
export {
  applyCompanyEvent,
  type CompanyContext,
  type CompanyEvent,
  CompanyEvents,
  type CompanyEventType,
  type CompanyStatus,
  CompanyStatuses,
  companyEventMeta,
  companyMachine,
  companyMayBorrow,
  DEFAULT_UPGRADE_MIN_MONTHS,
} from "./company";
export {
  applyDepositEvent,
  type DepositContext,
  type DepositEvent,
  DepositEvents,
  type DepositEventType,
  type DepositStatus,
  DepositStatuses,
  depositEventMeta,
  depositMachine,
} from "./deposit";
export { type ActorRole, ActorRoles, type EventMeta, type EventMetaTable } from "./event-meta";
export type { EventUnion } from "./event-union";
export {
  applyInvestmentEvent,
  type InvestmentContext,
  type InvestmentEvent,
  InvestmentEvents,
  type InvestmentEventType,
  InvestmentLiveStatuses,
  type InvestmentStatus,
  InvestmentStatuses,
  investmentEventMeta,
  investmentMachine,
} from "./investment";
export {
  applyLoanProjectEvent,
  BAD_DEBT_MIN_DAYS_OVERDUE,
  type LoanProjectContext,
  type LoanProjectEvent,
  LoanProjectEvents,
  type LoanProjectEventType,
  LoanProjectOutstandingStatuses,
  type LoanProjectStatus,
  LoanProjectStatuses,
  loanProjectEventMeta,
  loanProjectMachine,
} from "./loan-project";
export {
  applyOutflowEvent,
  type OutflowContext,
  type OutflowEvent,
  OutflowEvents,
  type OutflowEventType,
  type OutflowStatus,
  OutflowStatuses,
  outflowEventMeta,
  outflowMachine,
} from "./outflow";
export {
  applyReconciliationDifferenceEvent,
  type ReconciliationDifferenceContext,
  type ReconciliationDifferenceEvent,
  ReconciliationDifferenceEvents,
  type ReconciliationDifferenceEventType,
  type ReconciliationDifferenceKind,
  ReconciliationDifferenceKinds,
  type ReconciliationDifferenceStatus,
  ReconciliationDifferenceStatuses,
  ReconciliationResolutions,
  type ReconciliationResolutionType,
  reconciliationDifferenceEventMeta,
  reconciliationDifferenceMachine,
} from "./reconciliation-difference";
export { renderMachineDoc, renderMachineIndex, renderMermaid } from "./render-mermaid";
export {
  applyReviewRequestEvent,
  type ReviewRequestContext,
  type ReviewRequestEvent,
  ReviewRequestEvents,
  type ReviewRequestEventType,
  type ReviewRequestStatus,
  ReviewRequestStatuses,
  reviewRequestEventMeta,
  reviewRequestMachine,
} from "./review-request";
