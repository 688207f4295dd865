import type { Role } from "@/lib/generated/prisma/client";
import type { Db, DbOrTx, Tx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { withTransaction } from "@/lib/server/transitions";

export interface Staff {
  id: string;
  role: Role;
}

/** Runs `fn` in the caller's transaction when given one, else in a new one (with retries). */
export function inTransaction<T>(db: DbOrTx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return typeof (db as { $transaction?: unknown }).$transaction === "function" ? withTransaction(db as Db, fn) : fn(db as Tx);
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
