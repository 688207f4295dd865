"use server";

import { revalidatePath } from "next/cache";
import { staffReasonSchema } from "@/lib/schemas/companies";
import { eventAction } from "@/lib/server/actions/define-action";
import { requestCompanyActivation, returnCompanyVerification } from "@/lib/server/companies/company-verification-review";

function refresh(companyId: string) {
  revalidatePath(`/admin/companies/${companyId}`);
  revalidatePath("/admin/companies");
  revalidatePath("/admin");
}

export const requestActivationAction = eventAction("COMPANY", "ACTIVATE", {
  schema: staffReasonSchema,
  successMessage: "review.done",
  async handler({ companyId, reason }, { db, user }) {
    await requestCompanyActivation(db, user, companyId, reason);
    refresh(companyId);
    return null;
  },
});

export const returnVerificationAction = eventAction("COMPANY", "ACTIVATE", {
  schema: staffReasonSchema,
  successMessage: "review.done",
  async handler({ companyId, reason }, { db, user }) {
    await returnCompanyVerification(db, user, companyId, reason);
    refresh(companyId);
    return null;
  },
});
