"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idField, optionalText, requiredText } from "@/lib/schemas/fields";
import { eventAction } from "@/lib/server/actions/define-action";
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
    await approveReviewRequest(db, { checker: user, requestId, decisionReason: reason });
    refresh();
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
