"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idField, requiredText } from "@/lib/schemas/fields";
import { capabilityAction, eventAction } from "@/lib/server/actions/define-action";
import { approveDisbursement } from "@/lib/server/disbursement/approve-disbursement";
import { reissuePayout } from "@/lib/server/disbursement/reissue-payout";
import { rejectDisbursement } from "@/lib/server/disbursement/reject-disbursement";
import { invalidatePublicLoanProjects } from "@/lib/server/public-cache";

function refresh(projectId: string) {
  revalidatePath(`/admin/disbursements/${projectId}`);
  revalidatePath("/admin/disbursements");
  revalidatePath("/admin");
  // The project leaves FULLY_FUNDED: its public page and the listings show the new status.
  invalidatePublicLoanProjects();
}

export const approveDisbursementAction = eventAction("LOAN_PROJECT", "APPROVE_DISBURSEMENT", {
  schema: z.object({ projectId: idField }),
  successMessage: "disbursement.done",
  async handler({ projectId }, { db, user }) {
    await approveDisbursement(db, user, projectId);
    refresh(projectId);
    return null;
  },
});

export const rejectDisbursementAction = eventAction("LOAN_PROJECT", "REJECT_DISBURSEMENT", {
  schema: z.object({ projectId: idField, reason: requiredText(1000) }),
  successMessage: "disbursement.done",
  async handler({ projectId, reason }, { db, user }) {
    await rejectDisbursement(db, user, projectId, reason);
    refresh(projectId);
    return null;
  },
});

export const reissuePayoutAction = capabilityAction("payout.reissue", {
  schema: z.object({ projectId: idField }),
  successMessage: "disbursement.done",
  async handler({ projectId }, { db, user }) {
    await reissuePayout(db, user, projectId);
    revalidatePath(`/admin/disbursements/${projectId}`);
    revalidatePath("/admin");
    return null;
  },
});
