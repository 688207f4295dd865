/**
 * Where a session stands on the second factor. Only staff need one (issue 7 §4, ASVS 5.0 V6.3.3):
 * NOT_REQUIRED for investors and companies; for staff VERIFIED once a code was checked in this session,
 * VERIFY when they are enrolled but have not yet entered a code, ENROL when they have no confirmed TOTP yet.
 */
export type MfaState = "NOT_REQUIRED" | "VERIFIED" | "VERIFY" | "ENROL";

/** The page a staff session that still owes its second factor is sent to. */
export function mfaPathFor(state: MfaState, returnTo?: string | null): string | null {
  if (state === "NOT_REQUIRED" || state === "VERIFIED") return null;
  const base = state === "ENROL" ? "/account/mfa" : "/login/mfa";
  return returnTo ? `${base}?callbackUrl=${encodeURIComponent(returnTo)}` : base;
}
