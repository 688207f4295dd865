"use server";

import { secondFactorSchema } from "@/lib/schemas/mfa";
import { staffSessionAction } from "@/lib/server/actions/define-action";
import { confirmEnrolment } from "@/lib/server/mfa/enrolment";

/** Confirms TOTP enrolment with a first code; the recovery codes come back once, in this result only. */
export const confirmMfaEnrolmentAction = staffSessionAction({
  schema: secondFactorSchema,
  async handler({ code }, { db, user: session }) {
    return confirmEnrolment(db, { userId: session.user.id, sessionId: session.sessionId, code });
  },
});
