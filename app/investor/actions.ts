"use server";

import { revalidatePath } from "next/cache";
import { investorVerificationSchema } from "@/lib/schemas/accounts";
import { verifyInvestor } from "@/lib/server/accounts/verify-investor";
import { roleAction } from "@/lib/server/actions/define-action";

export const verifyInvestorAction = roleAction(["INVESTOR"], {
  schema: investorVerificationSchema,
  successMessage: "investor.verificationDone",
  async handler(input, { db, user }) {
    await verifyInvestor(db, user.id, input);
    revalidatePath("/investor");
    return null;
  },
});
