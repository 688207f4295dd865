"use server";

import { revalidatePath } from "next/cache";
import { repaymentSettingsFormSchema } from "@/lib/schemas/repayments";
import { capabilityAction } from "@/lib/server/actions/define-action";
import { updateRepaymentSettings } from "@/lib/server/settings/repayment-settings";

export const updateRepaymentSettingsAction = capabilityAction("platform.settings", {
  schema: repaymentSettingsFormSchema,
  successMessage: "admin.settingsSaved",
  async handler({ managementFee, allocationOrder }, { db, user }) {
    await updateRepaymentSettings(db, user, { managementFeeBp: managementFee, allocationOrder });
    revalidatePath("/admin/settings");
    return null;
  },
});
