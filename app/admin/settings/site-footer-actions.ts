"use server";

import { revalidatePath } from "next/cache";
import { siteFooterSchema } from "@/lib/schemas/site-footer";
import { roleAction } from "@/lib/server/actions/define-action";
import { updateSiteFooterSettings } from "@/lib/server/settings/site-footer";

export const updateSiteFooterAction = roleAction(["ADMIN"], {
  schema: siteFooterSchema,
  successMessage: "admin.settingsSaved",
  async handler(input, { db, user }) {
    await updateSiteFooterSettings(db, user, input);
    // The footer is in the root layout: every page shows the new line.
    revalidatePath("/", "layout");
    return null;
  },
});
