"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idField, optionalText } from "@/lib/schemas/fields";
import { eventAction } from "@/lib/server/actions/define-action";
import { cancelOwnReviewRequest } from "@/lib/server/review-requests";

export const cancelOwnRequestAction = eventAction("REVIEW_REQUEST", "CANCEL", {
  schema: z.object({ requestId: idField, reason: optionalText(1000) }),
  successMessage: "review.done",
  async handler({ requestId, reason }, { db, user }) {
    await cancelOwnReviewRequest(db, user, requestId, reason);
    revalidatePath("/admin/requests");
    revalidatePath("/admin/approvals");
    revalidatePath("/admin");
    return null;
  },
});
