"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { passwordChangeSchema } from "@/lib/schemas/accounts";
import { changePassword } from "@/lib/server/accounts/change-password";
import { capabilityAction } from "@/lib/server/actions/define-action";
import { signOut } from "@/lib/server/auth/auth";
import { clientIpFrom } from "@/lib/server/auth/client-ip";

/** A new password ends every session, this one included: the user logs in again with it. */
export const changePasswordAction = capabilityAction("account.password", {
  schema: passwordChangeSchema,
  async handler({ currentPassword, password }, { db, user }) {
    await changePassword(db, user.id, { currentPassword, newPassword: password, ip: clientIpFrom(await headers()) });
    await signOut({ redirect: false });
    redirect("/login?passwordChanged=1");
  },
});
