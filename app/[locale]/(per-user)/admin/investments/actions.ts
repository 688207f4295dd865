"use server";

import { revalidatePath } from "next/cache";
import { investmentIdSchema, rejectInvestmentSchema } from "@/lib/schemas/investments";
import { eventAction } from "@/lib/server/actions/define-action";
import { confirmInvestment, rejectInvestment } from "@/lib/server/investments";
import { invalidatePublicLoanProjects } from "@/lib/server/public-cache";

function refresh() {
  revalidatePath("/admin/investments");
  revalidatePath("/admin");
}

export const confirmInvestmentAction = eventAction("INVESTMENT", "CONFIRM", {
  schema: investmentIdSchema,
  successMessage: "review.done",
  async handler({ investmentId }, { db, user }) {
    await confirmInvestment(db, user, investmentId);
    refresh();
    return null;
  },
});

/** The amount goes back to the project (which may reopen): the public pages change. */
export const rejectInvestmentAction = eventAction("INVESTMENT", "REJECT", {
  schema: rejectInvestmentSchema,
  successMessage: "review.done",
  async handler({ investmentId, reason }, { db, user }) {
    await rejectInvestment(db, user, investmentId, reason);
    invalidatePublicLoanProjects();
    refresh();
    return null;
  },
});
