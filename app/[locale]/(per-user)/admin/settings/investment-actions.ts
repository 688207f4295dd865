"use server";

import { investmentSettingsSchema } from "@/lib/schemas/investments";
import { capabilityAction } from "@/lib/server/actions/define-action";
import { updateInvestmentSettings } from "@/lib/server/settings/investment-settings";

export const updateInvestmentSettingsAction = capabilityAction("platform.settings", {
  schema: investmentSettingsSchema,
  successMessage: "admin.settingsSaved",
  async handler(input, { db, user }) {
    await updateInvestmentSettings(db, user, input);
    return null;
  },
});
