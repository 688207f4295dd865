import { eventTypesFrom } from "@/lib/domain/machines/apply-event";
import { type OutflowStatus, outflowMachine } from "@/lib/domain/machines/outflow";

/** Customer service may record the transfer now (MARK_TRANSFERRED leaves the status: APPROVED). */
export function outflowAwaitsTransfer(status: OutflowStatus): boolean {
  return eventTypesFrom(outflowMachine, status).includes("MARK_TRANSFERRED");
}

/** A supervisor may still decide it (APPROVE leaves the status: REQUESTED). */
export function outflowAwaitsDecision(status: OutflowStatus): boolean {
  return eventTypesFrom(outflowMachine, status).includes("APPROVE");
}
