"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idField, optionalText, requiredText } from "@/lib/schemas/fields";
import { RISK_GRADES } from "@/lib/schemas/reviews";
import { roleAction } from "@/lib/server/actions/define-action";
import {
  passPreliminaryReview,
  publishLoanRequest,
  rejectLoanRequest,
  returnLoanRequestForRevision,
} from "@/lib/server/loan-requests/staff-loan-review";
import { invalidatePublicProjects } from "@/lib/server/public-cache";

const REVIEWERS = ["CUSTOMER_SERVICE", "SUPERVISOR"] as const;

function refresh(projectId: string) {
  revalidatePath(`/admin/reviews/${projectId}`);
  revalidatePath("/admin/reviews/preliminary");
  revalidatePath("/admin/reviews/final");
  revalidatePath("/admin");
}

const withComment = z.object({ projectId: idField, comment: optionalText(1000) });
const withReason = z.object({ projectId: idField, reason: requiredText(1000) });

export const passPreliminaryAction = roleAction(["CUSTOMER_SERVICE"], {
  schema: withComment,
  successMessage: "review.done",
  async handler({ projectId, comment }, { db, user }) {
    await passPreliminaryReview(db, user, projectId, comment);
    refresh(projectId);
    return null;
  },
});

export const returnForRevisionAction = roleAction(REVIEWERS, {
  schema: withReason,
  successMessage: "review.done",
  async handler({ projectId, reason }, { db, user }) {
    await returnLoanRequestForRevision(db, user, projectId, reason);
    refresh(projectId);
    return null;
  },
});

export const rejectLoanAction = roleAction(REVIEWERS, {
  schema: withReason,
  successMessage: "review.done",
  async handler({ projectId, reason }, { db, user }) {
    await rejectLoanRequest(db, user, projectId, reason);
    refresh(projectId);
    return null;
  },
});

export const publishLoanAction = roleAction(["SUPERVISOR"], {
  schema: withComment.extend({ riskGrade: z.enum(RISK_GRADES, { error: "validation.riskGrade" }) }),
  successMessage: "review.done",
  async handler({ projectId, riskGrade, comment }, { db, user }) {
    await publishLoanRequest(db, user, projectId, { riskGrade, comment });
    refresh(projectId);
    // A new project on the home page, the listing and its own page, for visitors at once.
    invalidatePublicProjects();
    return null;
  },
});
