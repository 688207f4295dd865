"use server";

import { redirect } from "next/navigation";
import { staffActivationSchema } from "@/lib/schemas/accounts";
import { publicAction } from "@/lib/server/actions/define-action";
import { activateStaffAccount } from "@/lib/server/invitations/activate";

/**
 * Anyone holding a live link may set that account's password, once. A link that stopped working meanwhile
 * (used in another tab, re-sent, expired) sends the person back to the link's page, which says why; success
 * goes to the login page.
 */
export const activateStaffAction = publicAction({
  schema: staffActivationSchema,
  async handler(input, { db }) {
    const result = await activateStaffAccount(db, { token: input.token, password: input.password });
    if (!result.ok) redirect(`/activate/${encodeURIComponent(input.token)}`);
    redirect(`/login?activated=1&callbackUrl=${encodeURIComponent("/admin")}`);
  },
});
