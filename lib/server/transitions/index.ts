export {
  isCheckViolationOf,
  isRetryableDbError,
  isUniqueViolationOf,
  type PgErrorInfo,
  pgErrorInfo,
  RetryableConflictError,
} from "@/lib/server/db/errors";
export {
  applyTransition,
  planTransition,
  type TransitionInput,
  type TransitionResult,
} from "./apply-transition";
export { applyTransitionMany, type TransitionManyInput, type TransitionManyResult } from "./apply-transition-many";
export { ENTITIES, type EntityConfig, entityConfig } from "./entities";
export {
  type Actor,
  type ContextOf,
  type EntityTypes,
  type EventOf,
  type EventTypeOf,
  isStaff,
  type PayloadOf,
  STAFF_ROLES,
  type StatusOf,
} from "./types";
