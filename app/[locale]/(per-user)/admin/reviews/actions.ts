"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idField, optionalText, requiredText } from "@/lib/schemas/fields";
import { RISK_GRADES } from "@/lib/schemas/reviews";
import { eventAction } from "@/lib/server/actions/define-action";
import {
  passPreliminaryReview,
  publishLoanProject,
  rejectLoanProject,
  returnLoanProjectForRevision,
} from "@/lib/server/loan-projects/review-loan-project";
import { invalidatePublicLoanProjects } from "@/lib/server/public-cache";

function refresh(projectId: string) {
  revalidatePath(`/admin/reviews/${projectId}`);
  revalidatePath("/admin/reviews/preliminary");
  revalidatePath("/admin/reviews/final");
  revalidatePath("/admin");
}

const withComment = z.object({ projectId: idField, comment: optionalText(1000) });
const withReason = z.object({ projectId: idField, reason: requiredText(1000) });

export const passPreliminaryAction = eventAction("LOAN_PROJECT", "PASS_PRELIMINARY", {
  schema: withComment,
  successMessage: "review.done",
  async handler({ projectId, comment }, { db, user }) {
    await passPreliminaryReview(db, user, projectId, comment);
    refresh(projectId);
    return null;
  },
});

export const returnForRevisionAction = eventAction("LOAN_PROJECT", "RETURN_FOR_REVISION", {
  schema: withReason,
  successMessage: "review.done",
  async handler({ projectId, reason }, { db, user }) {
    await returnLoanProjectForRevision(db, user, projectId, reason);
    refresh(projectId);
    return null;
  },
});

export const rejectLoanProjectAction = eventAction("LOAN_PROJECT", "REJECT", {
  schema: withReason,
  successMessage: "review.done",
  async handler({ projectId, reason }, { db, user }) {
    await rejectLoanProject(db, user, projectId, reason);
    refresh(projectId);
    return null;
  },
});

export const publishLoanProjectAction = eventAction("LOAN_PROJECT", "PUBLISH", {
  schema: withComment.extend({ riskGrade: z.enum(RISK_GRADES, { error: "validation.riskGrade" }) }),
  successMessage: "review.done",
  async handler({ projectId, riskGrade, comment }, { db, user }) {
    await publishLoanProject(db, user, projectId, { riskGrade, comment });
    refresh(projectId);
    // A new loan project on the home page, the listing and its own page, for visitors at once.
    invalidatePublicLoanProjects();
    return null;
  },
});
