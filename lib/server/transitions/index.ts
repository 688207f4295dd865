export {
  isCheckViolationOf,
  isRetryableDbError,
  isUniqueViolationOf,
  type PgErrorInfo,
  pgErrorInfo,
  RetryableConflictError,
} from "@/lib/server/db/errors";
export type { TransitionInput, TransitionResult } from "./apply-transition";
export type { TransitionManyInput, TransitionManyResult } from "./apply-transition-many";
export {
  type BulkConfig,
  defineEntity,
  type EntityConfig,
  type EntityRegistry,
  type EntitySpec,
} from "./define-entity";
export { createTransitionService, type TransitionService } from "./transition-service";
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
