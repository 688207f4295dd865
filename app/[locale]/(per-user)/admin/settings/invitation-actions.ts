"use server";

import { revalidatePath } from "next/cache";
import { invitationLifetimeSchema } from "@/lib/schemas/invitations";
import { capabilityAction } from "@/lib/server/actions/define-action";
import { updateInvitationLifetime } from "@/lib/server/invitations/settings";

export const updateInvitationLifetimeAction = capabilityAction("platform.settings", {
  schema: invitationLifetimeSchema,
  successMessage: "admin.settingsSaved",
  async handler({ lifetimeHours }, { db, user }) {
    await updateInvitationLifetime(db, user, lifetimeHours);
    revalidatePath("/admin/settings");
    return null;
  },
});
