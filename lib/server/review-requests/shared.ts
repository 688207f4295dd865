import type { Role } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/server/errors";

export interface Staff {
  id: string;
  role: Role;
}

export function requireRole(actor: Staff, role: Role, what: string): void {
  if (actor.role !== role) throw new DomainError("FORBIDDEN", `Only ${role} may ${what}`, {}, { role: actor.role });
}

export function requireText(value: string | undefined | null, field: string): string {
  const text = value?.trim();
  if (!text) throw new DomainError("VALIDATION", `${field} is required`, { [field]: ["validation.required"] });
  return text;
}

export const selfApproval = (requestId: string) =>
  new DomainError("SELF_APPROVAL", "A request cannot be decided by its maker", {}, { requestId });
