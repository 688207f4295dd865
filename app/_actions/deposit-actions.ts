"use server";

import { revalidatePath } from "next/cache";
import { depositPagePath } from "@/lib/domain/deposits/deposit-pages";
import { checkDepositSchema, depositSchema } from "@/lib/schemas/deposits";
import { capabilityAction } from "@/lib/server/actions/define-action";
import { checkDepositStatus } from "@/lib/server/deposits/check-deposit-status";
import { createDeposit } from "@/lib/server/deposits/create-deposit";
import { appUrl } from "@/lib/server/email/app-url";
import { getPaymentGateway } from "@/lib/server/payments/get-gateway";

/** Opens a deposit and answers the gateway's checkout URL; the form sends the browser there. */
export const createDepositAction = capabilityAction("deposit.create", {
  schema: depositSchema,
  async handler(input, { db, user }) {
    const returnUrl = (orderNo: string) => appUrl(`${depositPagePath(user.role)}?orderNo=${encodeURIComponent(orderNo)}`);
    const { checkoutUrl } = await createDeposit(
      db,
      { userId: user.id, amountFen: input.amount },
      { gateway: getPaymentGateway(), returnUrl },
    );
    return { checkoutUrl };
  },
});

/** "Check status" of one of the user's own deposits (another user's is NOT_FOUND). */
export const checkDepositStatusAction = capabilityAction("deposit.create", {
  schema: checkDepositSchema,
  successMessage: "deposits.statusChecked",
  async handler(input, { db, user }) {
    await checkDepositStatus(db, input.depositId, { gateway: getPaymentGateway() }, user.id);
    revalidatePath(depositPagePath(user.role));
    return null;
  },
});
