"use server";

import { revalidatePath } from "next/cache";
import { overdueSettingsFormSchema } from "@/lib/schemas/overdue-settings";
import { capabilityAction } from "@/lib/server/actions/define-action";
import { updateOverdueSettings } from "@/lib/server/settings/overdue-settings";

/** Grace days and the daily penalty interest (issue 12); read by the daily overdue job from its next run. */
export const updateOverdueSettingsAction = capabilityAction("platform.settings", {
  schema: overdueSettingsFormSchema,
  successMessage: "admin.settingsSaved",
  async handler(settings, { db, user }) {
    await updateOverdueSettings(db, user, settings);
    revalidatePath("/admin/settings");
    return null;
  },
});
