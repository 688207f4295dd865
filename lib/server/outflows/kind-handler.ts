import type { Actor } from "@/lib/domain/permissions";
import type { Outflow } from "@/lib/generated/prisma/client";
import type { Clock } from "@/lib/server/clock";
import type { Tx } from "@/lib/server/db/types";

/**
 * What an outflow's kind does with the money when the outflow moves, run inside the transaction that moves it
 * (the generic outflow services in this folder own the status, the serial and the audit; each kind owns its
 * ledger entries and its other rows). Declared in the kind's feature folder, listed in `kind-handlers.ts`.
 * Throwing rolls the whole change back.
 */
export interface OutflowKindHandler {
  /** CS recorded the transfer serial (APPROVED → TRANSFERRED): the money has left through the gateway. */
  transferred(tx: Tx, outflow: Outflow, context: OutflowChangeContext): Promise<void>;
  /** A supervisor rejected it (REQUESTED → REJECTED) or it failed (→ FAILED): the reserved money goes back. */
  released(tx: Tx, outflow: Outflow, context: OutflowChangeContext): Promise<void>;
}

export interface OutflowChangeContext {
  actor: Actor;
  clock: Clock;
}
