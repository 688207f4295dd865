"use server";

import { revalidatePath } from "next/cache";
import { COMPANY_STATUS_REQUESTS } from "@/lib/domain/companies/status-requests";
import { staffReasonSchema } from "@/lib/schemas/companies";
import { companyStatusRequestSchema } from "@/lib/schemas/company-status";
import { eventAction } from "@/lib/server/actions/define-action";
import { requestCompanyActivation, returnCompanyVerification } from "@/lib/server/companies/company-verification-review";
import { requestCompanyStatusChange } from "@/lib/server/companies/request-status-change";

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

/** Customer service files a company status request (CLEAR_WATCH, UPGRADE, BLACKLIST, LIFT_BLACKLIST, DEACTIVATE). */
export const requestCompanyStatusAction = eventAction("COMPANY", COMPANY_STATUS_REQUESTS, {
  schema: companyStatusRequestSchema,
  successMessage: "companyStatus.requestFiled",
  async handler({ companyId, event, reason }, { db, user }) {
    await requestCompanyStatusChange(db, user, { companyId, event, reason });
    refresh(companyId);
    revalidatePath("/admin/approvals");
    return null;
  },
});
