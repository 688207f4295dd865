"use server";

import { revalidatePath } from "next/cache";
import { investmentIdSchema, placeInvestmentSchema } from "@/lib/schemas/investments";
import { capabilityAction, eventAction } from "@/lib/server/actions/define-action";
import { cancelInvestment, placeInvestment } from "@/lib/server/investments";
import { invalidatePublicLoanProjects } from "@/lib/server/public-cache";

/** The investor invests from the project page; the listing and the page show the new remaining amount. */
export const placeInvestmentAction = capabilityAction("investment.place", {
  schema: placeInvestmentSchema,
  successMessage: "investing.placed",
  async handler({ projectId, amount, riskNotice }, { db, user }) {
    const placed = await placeInvestment(db, { investorId: user.id, projectId, amountFen: amount, riskNoticeAccepted: riskNotice });
    invalidatePublicLoanProjects();
    revalidatePath("/investor/investments");
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
