import { machines } from "@/lib/domain/machines/catalogue";
import type { Actor } from "@/lib/domain/permissions";
import { type MayOptions, mayPerform, type PermissionRow } from "@/lib/domain/permissions";
import type { EntityType } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/server/errors";

export type PermissionMode = "apply" | "request";

/**
 * The permission check of the transition service, the only one (issue 10): throws the DomainError of
 * mayPerform's refusal (FORBIDDEN, GUARD_FAILED, SELF_APPROVAL, DUPLICATE_PENDING_REQUEST) with params
 * { entity, event, from }. In "apply" mode a maker-checker event is FORBIDDEN unless it is being applied by
 * approving its review request (`viaReviewRequest`); in "request" mode (opening a review request) the
 * event must be a maker-checker event the actor makes.
 */
export function assertMay(
  entity: EntityType,
  row: PermissionRow,
  event: string,
  actor: Actor | null,
  mode: PermissionMode,
  options: MayOptions = {},
): void {
  const params = { entity, event, from: row.status };
  if (mode === "request" && !machines[entity].eventMeta[event]?.makerChecker) {
    throw new DomainError(
      "VALIDATION",
      `${entity} ${event} is not applied through a review request`,
      { action: ["validation.required"] },
      params,
    );
  }
  const permission = mayPerform(entity, row, event, actor, options);
  if (!permission.ok) throw new DomainError(permission.code, permission.reason, {}, params);
  if (mode === "apply" && permission.via === "review-request") {
    throw new DomainError("FORBIDDEN", `${entity} ${event} is applied only by approving a review request`, {}, params);
  }
  if (mode === "request" && permission.via === "direct") {
    throw new DomainError(
      "VALIDATION",
      `${entity} ${event} is not applied through a review request`,
      { action: ["validation.required"] },
      params,
    );
  }
}
