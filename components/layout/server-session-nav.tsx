import { NotificationBell } from "@/components/notifications/notification-bell";
import { headerStateOf } from "@/lib/server/auth/header-state";
import { getSessionState } from "@/lib/server/auth/session";
import { SessionLinks } from "./session-links";

/** The per-user links on pages rendered per request: from the session, with or without JavaScript; the bell for a signed-in user. */
export async function ServerSessionNav() {
  const session = await getSessionState();
  const state = headerStateOf(session);
  const bell = session && state.user && !state.halfSignedIn ? <NotificationBell userId={session.user.id} /> : null;
  return <SessionLinks state={state} bell={bell} />;
}
