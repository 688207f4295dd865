import { headerStateOf } from "@/lib/server/auth/header-state";
import { getSessionState } from "@/lib/server/auth/session";
import { getViewer } from "@/lib/server/auth/viewer";
import { getClock } from "@/lib/server/clock";
import { getDb } from "@/lib/server/db";
import type { ViewerAnswer } from "@/lib/shared/viewer-state";

/**
 * Who is looking, for the header and the calls to action of cached visitors' pages (issue 9: they are the same
 * HTML for everyone, so the per-user part is asked for here, by the browser, after the page arrives). Never
 * cached anywhere: it answers for the cookie it was sent, and only about that cookie's own user. Also the server's
 * clock, which the page's countdowns run from (ViewerAnswer).
 */
export async function GET() {
  const session = await getSessionState();
  const answer: ViewerAnswer = {
    ...headerStateOf(session),
    viewer: await getViewer(await getDb(), session),
    now: getClock().now().toISOString(),
  };
  return Response.json(answer, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } });
}
