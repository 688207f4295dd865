"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idField, requiredText } from "@/lib/schemas/fields";
import { eventAction } from "@/lib/server/actions/define-action";
import { requestProjectCancel } from "@/lib/server/disbursement/cancel-project";

/** Customer service asks a supervisor to cancel a project's fundraising (LOAN_PROJECT CANCEL, maker-checker). */
export const requestProjectCancelAction = eventAction("LOAN_PROJECT", "CANCEL", {
  schema: z.object({ projectId: idField, reason: requiredText(1000) }),
  successMessage: "disbursement.cancelRequested",
  async handler({ projectId, reason }, { db, user }) {
    await requestProjectCancel(db, user, projectId, reason);
    revalidatePath(`/admin/reviews/${projectId}`);
    revalidatePath("/admin/requests");
    revalidatePath("/admin/approvals");
    revalidatePath("/admin");
    return null;
  },
});
