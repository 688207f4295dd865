export type { Actor } from "./actor";
export type { Condition, EntityRules, EventRule, RefusalCode } from "./entity-rules";
export { availableEvents, type MayOptions, mayPerform, type Permission, type PermissionRow, rolesFor, userRolesFor } from "./may";
export { mayEditLoanDraft, mayPrepareVerification, offeredEvents, pendingRequestEvents } from "./offers";
export { entityRules } from "./registry";
