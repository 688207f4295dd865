import { mfaPathFor } from "@/lib/shared/mfa-state";
import { homePathFor } from "@/lib/shared/role-home";
import type { ViewerState } from "@/lib/shared/viewer-state";
import type { SessionState } from "./session";

/** The header's view of a session (lib/shared/viewer-state.ts): null user for a visitor. */
export function headerStateOf(session: SessionState | null): Pick<ViewerState, "user" | "halfSignedIn"> {
  if (!session) return { user: null, halfSignedIn: false };
  const { name, role } = session.user;
  // A staff member between password and second factor may only finish that step or log out.
  return { user: { name, role, homePath: homePathFor(role) }, halfSignedIn: mfaPathFor(session.mfa) !== null };
}
