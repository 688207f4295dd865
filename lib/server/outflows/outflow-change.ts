import type { Actor } from "@/lib/domain/permissions";
import type { Outflow } from "@/lib/generated/prisma/client";
import { type Clock, getClock } from "@/lib/server/clock";
import type { Tx } from "@/lib/server/db/types";
import { outflowKindHandler } from "./kind-handlers";

/**
 * Runs the outflow's kind handler for a change just applied (after the transition, in its transaction): the
 * outflow is read again, so the handler sees its new status and columns (transferredAt, externalSerial…).
 */
export async function runKindHandler(
  tx: Tx,
  outflowId: string,
  change: "transferred" | "released",
  actor: Actor,
  clock: Clock = getClock(),
): Promise<Outflow> {
  const outflow = await tx.outflow.findUniqueOrThrow({ where: { id: outflowId } });
  await outflowKindHandler(outflow.kind)[change](tx, outflow, { actor, clock });
  return outflow;
}
