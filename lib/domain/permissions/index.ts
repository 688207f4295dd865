export type { Actor } from "./actor";
export { type BankCardOwnerFacts, mayBindBankCard } from "./bank-cards";
export { type DepositorFacts, depositAwaitsPayment, mayDeposit } from "./deposits";
export type { Condition, EntityRules, EventRule, RefusalCode } from "./entity-rules";
export { availableEvents, type MayOptions, mayPerform, type Permission, type PermissionRow, rolesFor, userRolesFor } from "./may";
export {
  awaitingVerification,
  mayEditLoanDraft,
  mayPrepareVerification,
  offeredEvents,
  pendingRequestEvents,
  verificationOpen,
} from "./offers";
export { entityRules } from "./registry";
