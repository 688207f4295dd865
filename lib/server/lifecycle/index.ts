import { createTransitionService } from "@/lib/server/transitions";
import { ENTITIES } from "./entities";

export { APPROVAL_HANDLERS } from "./approval-handlers";
export { ENTITIES } from "./entities";

/**
 * The transition service over every entity's config (see lib/server/transitions: applyTransitionOf,
 * planTransitionOf, applyTransitionManyOf). Services change a status only through these.
 */
export const { applyTransition, planTransition, applyTransitionMany } = createTransitionService(ENTITIES);
