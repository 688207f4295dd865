import type { Actor } from "@/lib/domain/permissions";
import type { EntityType } from "@/lib/generated/prisma/enums";
import { assertCan } from "@/lib/server/auth/assert-can";

/**
 * The records that have a staff record page (issue 13 §4). Review requests are shown on their target's page;
 * reconciliation differences have their own page (/admin/reconciliation).
 */
export type RecordType = Extract<EntityType, "LOAN_PROJECT" | "COMPANY" | "INVESTMENT" | "DEPOSIT" | "OUTFLOW">;

/** One record named by its entity type (StatusHistory.entityType, ReviewRequest.targetType, AuditLog.targetType) and id. */
export interface EntityRef {
  type: RecordType;
  id: string;
}

/** FORBIDDEN unless the reader may open staff record pages ("records.view": customer service, supervisors, admins). */
export function assertMayViewRecords(actor: Pick<Actor, "role">): void {
  assertCan(actor, "records.view");
}

/** A section's page size when the page does not say: 20 rows. */
export const SECTION_PAGE_SIZE = 20;
