"use server";

import { revalidatePath } from "next/cache";
import { requestWithdrawalSchema } from "@/lib/schemas/outflows";
import { capabilityAction } from "@/lib/server/actions/define-action";
import { requestWithdrawal } from "@/lib/server/withdrawals";

// Shared by the investor's and the company's withdraw pages (components/withdrawals); the caller's own wallet and cards.
export const requestWithdrawalAction = capabilityAction("withdrawal.request", {
  schema: requestWithdrawalSchema,
  successMessage: "withdrawals.requested",
  async handler({ amount, bankCardId }, { db, user }) {
    const outflow = await requestWithdrawal(db, { userId: user.id, amountFen: amount, bankCardId });
    for (const area of ["/investor", "/company"]) {
      revalidatePath(`${area}/withdraw`);
      revalidatePath(`${area}/bank-cards`);
    }
    revalidatePath("/admin");
    return { id: outflow.id };
  },
});
