"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { investmentIdSchema, placeInvestmentSchema } from "@/lib/schemas/investments";
import { capabilityAction, eventAction } from "@/lib/server/actions/define-action";
import { cancelInvestment, placeInvestment } from "@/lib/server/investments";
import { invalidatePublicLoanProjects, refreshPublicLoanProjectsSoon } from "@/lib/server/public-cache";

/**
 * The investor invests from the project page. A filled project changes status: the public pages are rebuilt at
 * once. Otherwise only the remaining amount changed, many times a second on a busy project: the cached pages are
 * marked stale without this answer rendering the page again (refreshPublicLoanProjectsSoon); the form itself
 * reads the exact figures afresh. The investor's own list is dynamic: nothing to revalidate.
 * The investment that fills the project closes it: the project page no longer has a form to say so, so that
 * investor is sent to their investments with the news.
 */
export const placeInvestmentAction = capabilityAction("investment.place", {
  schema: placeInvestmentSchema,
  successMessage: "investing.placed",
  async handler({ projectId, amount, riskNotice }, { db, user }) {
    const placed = await placeInvestment(db, { investorId: user.id, projectId, amountFen: amount, riskNoticeAccepted: riskNotice });
    if (placed.filled) {
      invalidatePublicLoanProjects();
      redirect("/investor/investments?placed=filled");
    }
    refreshPublicLoanProjectsSoon();
    return { id: placed.id, status: placed.status, remainingFen: placed.remainingFen.toString() };
  },
});

/** The investor withdraws their own PENDING investment. */
export const cancelInvestmentAction = eventAction("INVESTMENT", "CANCEL", {
  schema: investmentIdSchema,
  successMessage: "investing.cancelled",
  async handler({ investmentId }, { db, user }) {
    await cancelInvestment(db, user, investmentId);
    invalidatePublicLoanProjects();
    revalidatePath("/investor/investments");
    return null;
  },
});
