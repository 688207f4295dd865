"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { secondFactorSchema } from "@/lib/schemas/mfa";
import { staffSessionAction } from "@/lib/server/actions/define-action";
import { verifySecondFactor } from "@/lib/server/mfa/enrolment";
import { homePathFor, safeReturnPath } from "@/lib/shared/role-home";

/** The second login step for staff: a TOTP or recovery code marks this session verified, then on to the page asked for. */
export const verifyMfaAction = staffSessionAction({
  schema: secondFactorSchema,
  async handler({ code, callbackUrl }, { db, user: session }) {
    await verifySecondFactor(db, { userId: session.user.id, sessionId: session.sessionId, code });
    // The session cookie does not change, so without this the header (root layout) would stay half-signed-in.
    revalidatePath("/", "layout");
    redirect(safeReturnPath(callbackUrl) ?? homePathFor(session.user.role));
  },
});
