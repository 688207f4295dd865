"use server";

import { revalidatePath } from "next/cache";
import { repayEarlySchema, repayFromWalletSchema, repayThroughCheckoutSchema } from "@/lib/schemas/repayments";
import { capabilityAction } from "@/lib/server/actions/define-action";
import { appUrl } from "@/lib/server/email/app-url";
import { getPaymentGateway } from "@/lib/server/payments/get-gateway";
import { invalidatePublicLoanProjects, refreshPublicLoanProjectsSoon } from "@/lib/server/public-cache";
import { createRepaymentCheckout } from "@/lib/server/repayments/create-repayment-checkout";
import { repayEarly } from "@/lib/server/repayments/repay-early";
import { repayFromWallet } from "@/lib/server/repayments/repay-from-wallet";

/**
 * The pages a repayment changes: the loan's, the company's loans and wallet, and the public figures (total repaid,
 * overdue rate: docs/caching.md). A repayment that settles or cures the project changes its public status: at once;
 * otherwise the figures are marked stale without this answer rendering the home page again.
 */
function refreshRepaymentPages(projectId: string, projectEvent: "CURE" | "SETTLE" | null) {
  revalidatePath(`/company/loans/${projectId}`);
  revalidatePath("/company/loans");
  revalidatePath("/company/wallet");
  if (projectEvent) invalidatePublicLoanProjects();
  else refreshPublicLoanProjectsSoon();
}

/** The company pays its own loan from its wallet; answers the amount paid (fen, as a string). */
export const repayFromWalletAction = capabilityAction("loan.repay", {
  schema: repayFromWalletSchema,
  async handler({ projectId, amount }, { db, user }) {
    const applied = await repayFromWallet(db, user, { projectId, amountFen: amount });
    refreshRepaymentPages(projectId, applied.projectEvent);
    return { amountFen: applied.amountFen.toString() };
  },
});

/** Opens a checkout for a repayment and answers its URL; the form sends the browser there. */
export const repayThroughCheckoutAction = capabilityAction("loan.repay", {
  schema: repayThroughCheckoutSchema,
  async handler({ projectId, amount }, { db, user }) {
    const returnUrl = (orderNo: string) => appUrl(`/company/loans/${encodeURIComponent(projectId)}?orderNo=${encodeURIComponent(orderNo)}`);
    const { checkoutUrl } = await createRepaymentCheckout(
      db,
      user,
      { projectId, amountFen: amount },
      { gateway: getPaymentGateway(), returnUrl },
    );
    return { checkoutUrl };
  },
});

/** Repays the whole loan early for the quote the company confirmed (CONFLICT if it changed since). */
export const repayEarlyAction = capabilityAction("loan.repay", {
  schema: repayEarlySchema,
  async handler({ projectId, expectedTotalFen }, { db, user }) {
    const applied = await repayEarly(db, user, { projectId, expectedTotalFen });
    refreshRepaymentPages(projectId, applied.projectEvent);
    return { amountFen: applied.amountFen.toString() };
  },
});
