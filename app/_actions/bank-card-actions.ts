"use server";

import { revalidatePath } from "next/cache";
import { bankCardIdSchema, bindBankCardSchema } from "@/lib/schemas/bank-cards";
import { capabilityAction } from "@/lib/server/actions/define-action";
import { bindBankCard, unbindBankCard } from "@/lib/server/bank-cards";

// Shared by the investor's and the company's bank-card pages (components/bank-cards); the caller's own cards only.
function refreshCardPages() {
  for (const area of ["/investor", "/company"]) {
    revalidatePath(`${area}/bank-cards`);
    revalidatePath(`${area}/withdraw`);
  }
}

export const bindBankCardAction = capabilityAction("bankCard.manage", {
  schema: bindBankCardSchema,
  successMessage: "bankCards.bound",
  async handler(input, { db, user }) {
    const card = await bindBankCard(db, user.id, input);
    refreshCardPages();
    return { id: card.id };
  },
});

export const unbindBankCardAction = capabilityAction("bankCard.manage", {
  schema: bankCardIdSchema,
  successMessage: "bankCards.unbound",
  async handler({ bankCardId }, { db, user }) {
    await unbindBankCard(db, user.id, bankCardId);
    refreshCardPages();
    return null;
  },
});
