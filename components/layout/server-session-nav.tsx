import { headerStateOf } from "@/lib/server/auth/header-state";
import { getSessionState } from "@/lib/server/auth/session";
import { SessionLinks } from "./session-links";

/** The per-user links on pages rendered per request: from the session, with or without JavaScript. */
export async function ServerSessionNav() {
  return <SessionLinks state={headerStateOf(await getSessionState())} />;
}
