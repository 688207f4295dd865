import type { EntityType } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/types";
import { applyTransitionOf, planTransitionOf, type TransitionInput, type TransitionResult } from "./apply-transition";
import { applyTransitionManyOf, type TransitionManyInput, type TransitionManyResult } from "./apply-transition-many";
import type { PermissionMode } from "./assert-may";
import type { EntityRegistry } from "./define-entity";

export interface TransitionService {
  /** See planTransitionOf: decides without writing (createReviewRequest's dry run uses mode "request"). */
  planTransition<E extends EntityType>(
    tx: Tx,
    input: Omit<TransitionInput<E>, "data" | "auditData">,
    mode?: PermissionMode,
  ): ReturnType<typeof planTransitionOf<E>>;
  /** See applyTransitionOf: the one way any lifecycle status changes. */
  applyTransition<E extends EntityType>(tx: Tx, input: TransitionInput<E>): Promise<TransitionResult<E>>;
  /** See applyTransitionManyOf: many rows of one status at once. */
  applyTransitionMany<E extends EntityType>(tx: Tx, input: TransitionManyInput<E>): Promise<TransitionManyResult<E>>;
}

/**
 * The transition service over a registry of entity configs. The generic layer knows no feature: the
 * features declare their configs (defineEntity) and lib/server/lifecycle binds them here.
 */
export function createTransitionService(entities: EntityRegistry): TransitionService {
  return {
    planTransition: (tx, input, mode) => planTransitionOf(entities[input.entity], tx, input, mode),
    applyTransition: (tx, input) => applyTransitionOf(entities[input.entity], tx, input),
    applyTransitionMany: (tx, input) => applyTransitionManyOf(entities[input.entity], tx, input),
  };
}
