"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { investorVerificationSchema } from "@/lib/schemas/accounts";
import { verifyInvestor } from "@/lib/server/accounts/verify-investor";
import { capabilityAction } from "@/lib/server/actions/define-action";
import { clientIpFrom } from "@/lib/server/auth/client-ip";

export const verifyInvestorAction = capabilityAction("investor.verify", {
  schema: investorVerificationSchema,
  successMessage: "investor.verificationDone",
  async handler(input, { db, user }) {
    await verifyInvestor(db, user.id, input, clientIpFrom(await headers()));
    revalidatePath("/investor");
    return null;
  },
});
