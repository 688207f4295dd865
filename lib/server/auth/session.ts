import { redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { type MfaState, mfaPathFor } from "@/lib/shared/mfa-state";
import { isStaffRole } from "@/lib/shared/roles";
import { auth } from "./auth";

export interface SessionUser {
  id: string;
  role: Role;
  name: string;
  email: string;
}

/** A live session whatever its second-factor state; `sessionId` is the server-side AuthSession row. */
export interface SessionState {
  user: SessionUser;
  sessionId: string;
  mfa: MfaState;
}

export { STAFF_ROLES } from "@/lib/shared/roles";

/**
 * The session even while a staff member still owes the second factor. Only for the MFA pages, the header and
 * logout: everything else uses getSessionUser / requirePageRole / roleAction, which refuse such a session.
 */
export async function getSessionState(): Promise<SessionState | null> {
  const session = await auth();
  if (!session?.user?.id || !session.sid) return null;
  const user = { id: session.user.id, role: session.user.role, name: session.user.name ?? "", email: session.user.email ?? "" };
  // The jwt callback always sets `mfa`; if it ever did not, a staff session fails closed.
  const mfa = session.mfa ?? (isStaffRole(user.role) ? "VERIFY" : "NOT_REQUIRED");
  return { user, sessionId: session.sid, mfa };
}

/**
 * The signed-in user for pages, routes and actions. A staff member who has not passed the second factor in
 * this session counts as not signed in (issue 7 §4: MFA before any staff page or action).
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const state = await getSessionState();
  return state && !mfaPathFor(state.mfa) ? state.user : null;
}

/**
 * For pages: no session → login (coming back here afterwards); wrong role → the "no access" page; a staff
 * session still owing its second factor → the code page (or enrolment), coming back here afterwards.
 */
export async function requirePageRole(roles: readonly Role[], returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (user) {
    if (!roles.includes(user.role)) redirect("/forbidden");
    return user;
  }
  const pending = await getSessionState();
  if (!pending) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!roles.includes(pending.user.role)) redirect("/forbidden");
  redirect(mfaPathFor(pending.mfa, returnTo) ?? `/login?callbackUrl=${encodeURIComponent(returnTo)}`);
}
