import { getSessionState } from "@/lib/server/auth/session";
import { getViewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import { mfaPathFor } from "@/lib/shared/mfa-state";
import { homePathFor } from "@/lib/shared/role-home";
import type { ViewerState } from "@/lib/shared/viewer-state";

/**
 * Who is looking, for the header and the calls to action of every page (issue 9: public pages are cached for
 * everyone, so the per-user part is asked for here, by the browser, after the page arrives). Never cached
 * anywhere: it answers for the cookie it was sent.
 */
export async function GET() {
  const session = await getSessionState();
  const db = await getDb();
  const state: ViewerState = session
    ? {
        user: { name: session.user.name, role: session.user.role, homePath: homePathFor(session.user.role) },
        halfSignedIn: mfaPathFor(session.mfa) !== null,
        viewer: await getViewer(db),
      }
    : { user: null, halfSignedIn: false, viewer: { kind: "visitor" } };
  return Response.json(state, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } });
}
