import { eventTypesFrom } from "@/lib/domain/machines/apply-event";
import { machines } from "@/lib/domain/machines/catalogue";
import { type OutflowStatus, OutflowStatuses } from "@/lib/domain/machines/outflow";

/**
 * The outflow statuses in which money is still on its way to the card: a supervisor may still approve it, or
 * customer service may still transfer it (REQUESTED, APPROVED). A card is kept bound while any outflow to it
 * is in one of them.
 */
export const OUTFLOW_IN_PROGRESS: readonly OutflowStatus[] = OutflowStatuses.filter((status) => {
  const events = eventTypesFrom(machines.OUTFLOW.machine, status);
  return events.includes("APPROVE") || events.includes("MARK_TRANSFERRED");
});
