"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { toLocale } from "@/i18n/locales";
import { idField } from "@/lib/schemas/fields";
import { loanRequestSchema } from "@/lib/schemas/loan-requests";
import { capabilityAction, eventAction } from "@/lib/server/actions/define-action";
import { submitLoanRequest, withdrawLoanRequest } from "@/lib/server/loan-requests/company-loan-events";
import { createLoanDraft, updateLoanDraft } from "@/lib/server/loan-requests/save-loan-draft";
import { getLoanLimits } from "@/lib/server/settings/loan-limits";

// The schema depends on the platform's current limits, so it is built per request.
const draftSchema = z.object({ projectId: idField.optional() }).passthrough();

export const saveLoanDraftAction = capabilityAction("loanRequest.draft", {
  schema: draftSchema,
  async handler(raw, { db, user }) {
    const input = loanRequestSchema(await getLoanLimits(db), toLocale(await getLocale())).parse(raw);
    const { id } = raw.projectId ? await updateLoanDraft(db, user.id, raw.projectId, input) : await createLoanDraft(db, user.id, input);
    revalidatePath("/company/loans");
    redirect(`/company/loans/${id}?saved=1`);
  },
});

const projectIdSchema = z.object({ projectId: idField });

export const submitLoanRequestAction = eventAction("LOAN_PROJECT", "SUBMIT", {
  schema: projectIdSchema,
  successMessage: "loanRequests.submitted",
  async handler({ projectId }, { db, user }) {
    await submitLoanRequest(db, user, projectId);
    revalidatePath(`/company/loans/${projectId}`);
    revalidatePath("/company/loans");
    return null;
  },
});

export const withdrawLoanRequestAction = eventAction("LOAN_PROJECT", "WITHDRAW", {
  schema: projectIdSchema,
  successMessage: "loanRequests.withdrawn",
  async handler({ projectId }, { db, user }) {
    await withdrawLoanRequest(db, user, projectId);
    revalidatePath(`/company/loans/${projectId}`);
    revalidatePath("/company/loans");
    return null;
  },
});
