"use server";

import { revalidatePath } from "next/cache";
import { outflowDecisionSchema, outflowIdSchema, outflowReasonSchema, outflowTransferSchema } from "@/lib/schemas/outflows";
import { capabilityAction, eventAction } from "@/lib/server/actions/define-action";
import { approveOutflow, recordOutflowTransfer, rejectOutflow, requestOutflowFailure, revealOutflowCard } from "@/lib/server/outflows";
import { invalidatePublicLoanProjects } from "@/lib/server/public-cache";

function refresh() {
  revalidatePath("/admin/outflows/approvals");
  revalidatePath("/admin/outflows/execute");
  revalidatePath("/admin/requests");
  revalidatePath("/admin");
  revalidatePath("/investor/withdraw");
  revalidatePath("/company/withdraw");
}

export const approveOutflowAction = eventAction("OUTFLOW", "APPROVE", {
  schema: outflowDecisionSchema,
  successMessage: "outflows.done",
  async handler({ outflowId }, { db, user }) {
    await approveOutflow(db, user, outflowId);
    refresh();
    return null;
  },
});

export const rejectOutflowAction = eventAction("OUTFLOW", "REJECT", {
  schema: outflowReasonSchema,
  successMessage: "outflows.done",
  async handler({ outflowId, reason }, { db, user }) {
    await rejectOutflow(db, user, outflowId, reason);
    refresh();
    return null;
  },
});

export const recordOutflowTransferAction = eventAction("OUTFLOW", "MARK_TRANSFERRED", {
  schema: outflowTransferSchema,
  successMessage: "outflows.transferRecorded",
  async handler({ outflowId, externalSerial }, { db, user }) {
    await recordOutflowTransfer(db, user, outflowId, externalSerial);
    refresh();
    // A payout's transfer moves its loan project to REPAYING, a public status (withdrawals change no listing).
    invalidatePublicLoanProjects();
    return null;
  },
});

export const requestOutflowFailureAction = eventAction("OUTFLOW", "FAIL", {
  schema: outflowReasonSchema,
  successMessage: "outflows.failureRequested",
  async handler({ outflowId, reason }, { db, user }) {
    await requestOutflowFailure(db, user, outflowId, reason);
    refresh();
    return null;
  },
});

/** The full card number for the transfer; audited by the service, never cached, shown only to the caller. */
export const revealOutflowCardAction = capabilityAction("outflow.revealCard", {
  schema: outflowIdSchema,
  async handler({ outflowId }, { db, user }) {
    return revealOutflowCard(db, user, outflowId);
  },
});
