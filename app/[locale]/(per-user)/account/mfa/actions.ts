"use server";

import { revalidatePath } from "next/cache";
import { secondFactorSchema } from "@/lib/schemas/mfa";
import { staffSessionAction } from "@/lib/server/actions/define-action";
import { confirmEnrolment } from "@/lib/server/mfa/enrolment";

/** Confirms TOTP enrolment with a first code; the recovery codes come back once, in this result only. */
export const confirmMfaEnrolmentAction = staffSessionAction({
  schema: secondFactorSchema,
  async handler({ code }, { db, user: session }) {
    const result = await confirmEnrolment(db, { userId: session.user.id, sessionId: session.sessionId, code });
    // The session is verified now: the header (root layout) shows the staff links again.
    revalidatePath("/", "layout");
    return result;
  },
});
