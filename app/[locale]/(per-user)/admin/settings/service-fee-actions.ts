"use server";

import { revalidatePath } from "next/cache";
import { serviceFeeSchema } from "@/lib/schemas/disbursement";
import { capabilityAction } from "@/lib/server/actions/define-action";
import { updateServiceFeeBp } from "@/lib/server/settings/disbursement-fee";

export const updateServiceFeeAction = capabilityAction("platform.settings", {
  schema: serviceFeeSchema,
  successMessage: "admin.settingsSaved",
  async handler({ serviceFee }, { db, user }) {
    await updateServiceFeeBp(db, user, serviceFee);
    revalidatePath("/admin/settings");
    return null;
  },
});
