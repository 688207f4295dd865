import { getSessionUser } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { getInvestContext } from "@/lib/server/investments";

export const dynamic = "force-dynamic";

/**
 * The signed-in investor's side of the invest form on a project page (their available balance, the exact
 * remaining amount): the page itself is the same cached HTML for everyone. Anyone else, or a project not open
 * for funding, gets 404. Never cached: it answers for the cookie it was sent.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  const context = user ? await getInvestContext(await getDb(), user, (await params).id) : null;
  if (!context) return new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  return Response.json(context, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } });
}
