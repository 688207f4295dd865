"use server";

import { revalidatePath } from "next/cache";
import { companyStatusSettingsFormSchema } from "@/lib/schemas/company-status";
import { capabilityAction } from "@/lib/server/actions/define-action";
import { updateCompanyStatusSettings } from "@/lib/server/settings/company-status-settings";

export const updateCompanyStatusSettingsAction = capabilityAction("platform.settings", {
  schema: companyStatusSettingsFormSchema,
  successMessage: "admin.settingsSaved",
  async handler(input, { db, user }) {
    await updateCompanyStatusSettings(db, user, input);
    revalidatePath("/admin/settings");
    return null;
  },
});
