"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idField, optionalText, requiredText } from "@/lib/schemas/fields";
import { eventAction } from "@/lib/server/actions/define-action";
import { invalidatePublicLoanProjects } from "@/lib/server/public-cache";
import { approveReviewRequest, rejectReviewRequest } from "@/lib/server/review-requests";

function refresh() {
  revalidatePath("/admin/approvals");
  revalidatePath("/admin/companies");
  revalidatePath("/admin");
}

export const approveRequestAction = eventAction("REVIEW_REQUEST", "APPROVE", {
  schema: z.object({ requestId: idField, reason: optionalText(1000) }),
  successMessage: "review.done",
  async handler({ requestId, reason }, { db, user }) {
    const { target } = await approveReviewRequest(db, { checker: user, requestId, decisionReason: reason });
    refresh();
    // A cancelled project (CANCEL → FAILED) leaves the public listings.
    if (target.entity === "LOAN_PROJECT") invalidatePublicLoanProjects();
    return null;
  },
});

export const rejectRequestAction = eventAction("REVIEW_REQUEST", "REJECT", {
  schema: z.object({ requestId: idField, reason: requiredText(1000) }),
  successMessage: "review.done",
  async handler({ requestId, reason }, { db, user }) {
    await rejectReviewRequest(db, { checker: user, requestId, decisionReason: reason });
    refresh();
    return null;
  },
});
