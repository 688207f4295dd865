import type { Actor } from "@/lib/domain/permissions";
import { type Clock, getClock } from "@/lib/server/clock";
import { isCheckViolationOf, isUniqueViolationOf } from "@/lib/server/db/errors";
import { withTransaction } from "@/lib/server/db/transaction";
import type { DbOrTx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { applyTransition } from "@/lib/server/lifecycle";
import { notifyOutflow } from "@/lib/server/notifications/events";
import type { TransitionResult } from "@/lib/server/transitions";
import { runKindHandler } from "./outflow-change";
import { normalizeTransferSerial } from "./transfer-serial";

const serialUsed = (serial: string) =>
  new DomainError("SERIAL_ALREADY_USED", `serial ${serial} is already recorded`, { externalSerial: ["validation.serialAlreadyUsed"] });

/**
 * Customer service records the transfer it made by hand at the payment platform (划账): APPROVED →
 * TRANSFERRED (MARK_TRANSFERRED) with the platform's serial, who and when, then the kind's handler moves
 * the money out (a withdrawal: frozen → gateway), all in one transaction. The serial is trimmed and must
 * look like one (VALIDATION on externalSerial) and is used once across all outflows (SERIAL_ALREADY_USED,
 * checked first and decided by the unique index in a race). The supervisor who approved the outflow cannot
 * record it (SELF_TRANSFER: lib/domain/permissions/outflow.ts and Outflow_four_eyes_check). FORBIDDEN for
 * anyone but customer service; TRANSITION_NOT_ALLOWED or STALE_STATE when it is not (or no longer) APPROVED.
 */
export async function recordOutflowTransfer(
  db: DbOrTx,
  actor: Actor,
  outflowId: string,
  typedSerial: string,
  { clock = getClock() }: { clock?: Clock } = {},
): Promise<TransitionResult<"OUTFLOW">> {
  const externalSerial = normalizeTransferSerial(typedSerial);
  if (!externalSerial) throw new DomainError("VALIDATION", "not a transfer serial", { externalSerial: ["validation.transferSerial"] });
  return withTransaction(db, async (tx) => {
    const holder = await tx.outflow.findUnique({ where: { externalSerial }, select: { id: true } });
    if (holder) throw serialUsed(externalSerial);
    let result: TransitionResult<"OUTFLOW">;
    try {
      result = await applyTransition(tx, {
        entity: "OUTFLOW",
        id: outflowId,
        event: { type: "MARK_TRANSFERRED", externalSerial },
        actor,
        data: { externalSerial, transferredById: actor.id, transferredAt: clock.now() },
      });
    } catch (error) {
      if (isUniqueViolationOf(error, "Outflow_externalSerial_key")) throw serialUsed(externalSerial);
      if (isCheckViolationOf(error, "Outflow_four_eyes_check")) {
        throw new DomainError(
          "SELF_TRANSFER",
          "the approver cannot record the transfer",
          {},
          { entity: "OUTFLOW", event: "MARK_TRANSFERRED" },
        );
      }
      throw error;
    }
    await runKindHandler(tx, outflowId, "transferred", actor, clock);
    await notifyOutflow(tx, outflowId, "TRANSFERRED", clock.now());
    return result;
  });
}
