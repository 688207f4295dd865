"use server";

import { siteFooterSchema } from "@/lib/schemas/site-footer";
import { capabilityAction } from "@/lib/server/actions/define-action";
import { invalidateSiteFooter } from "@/lib/server/public-cache";
import { updateSiteFooterSettings } from "@/lib/server/settings/site-footer";

export const updateSiteFooterAction = capabilityAction("platform.settings", {
  schema: siteFooterSchema,
  successMessage: "admin.settingsSaved",
  async handler(input, { db, user }) {
    await updateSiteFooterSettings(db, user, input);
    // The footer is in the root layout: every page, cached ones included, shows the new line.
    invalidateSiteFooter();
    return null;
  },
});
