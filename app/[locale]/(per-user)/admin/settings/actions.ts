"use server";

import { revalidatePath } from "next/cache";
import { loanLimitsSchema } from "@/lib/schemas/settings";
import { capabilityAction } from "@/lib/server/actions/define-action";
import { updateLoanLimits } from "@/lib/server/settings/update-loan-limits";

export const updateLoanLimitsAction = capabilityAction("platform.settings", {
  schema: loanLimitsSchema,
  successMessage: "admin.settingsSaved",
  async handler(input, { db, user }) {
    await updateLoanLimits(db, user, input);
    revalidatePath("/admin/settings");
    return null;
  },
});
