import type { AuditAction } from "@/lib/audit-log/actions";

/** Audit actions the staff must not miss: the audit log highlights them (app/admin/audit). */
export const SUPERVISOR_GRANTED = "SUPERVISOR_GRANTED";

export const HIGHLIGHTED_AUDIT_ACTIONS: readonly AuditAction[] = [SUPERVISOR_GRANTED];

export function isHighlightedAuditAction(action: string): boolean {
  return (HIGHLIGHTED_AUDIT_ACTIONS as readonly string[]).includes(action);
}
