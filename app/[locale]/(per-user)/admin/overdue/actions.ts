"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idField, requiredText } from "@/lib/schemas/fields";
import { eventAction } from "@/lib/server/actions/define-action";
import { requestBadDebtDeclaration, requestCompanyBlacklist } from "@/lib/server/overdue/bad-debt-requests";

function refresh() {
  revalidatePath("/admin/overdue");
  revalidatePath("/admin/requests");
  revalidatePath("/admin/approvals");
  revalidatePath("/admin");
}

/** Customer service files a bad-debt declaration for a project 90 days overdue (LOAN_PROJECT DECLARE_BAD_DEBT, maker-checker). */
export const requestBadDebtDeclarationAction = eventAction("LOAN_PROJECT", "DECLARE_BAD_DEBT", {
  schema: z.object({ projectId: idField, reason: requiredText(1000) }),
  successMessage: "overdue.requested",
  async handler({ projectId, reason }, { db, user }) {
    await requestBadDebtDeclaration(db, user, projectId, reason);
    refresh();
    return null;
  },
});

/** Customer service files the blacklisting of a WATCH company with a bad debt (COMPANY BLACKLIST, maker-checker). */
export const requestCompanyBlacklistAction = eventAction("COMPANY", "BLACKLIST", {
  schema: z.object({ companyId: idField, reason: requiredText(1000) }),
  successMessage: "overdue.requested",
  async handler({ companyId, reason }, { db, user }) {
    await requestCompanyBlacklist(db, user, companyId, reason);
    refresh();
    return null;
  },
});
