import type { Actor } from "@/lib/domain/permissions";
import { forbidden } from "@/lib/server/errors";
import { type Capability, can } from "@/lib/shared/capabilities";

/** FORBIDDEN unless the actor's role has `capability` (lib/shared/capabilities.ts). */
export function assertCan(actor: Pick<Actor, "role">, capability: Capability): void {
  if (!can(actor.role, capability)) throw forbidden();
}
