import { getDb } from "@/lib/server/db";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the e2e web server wait. */
export async function GET() {
  try {
    await (await getDb()).$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch (error) {
    console.error("Health check failed", error);
    return Response.json({ status: "database-unavailable" }, { status: 503 });
  }
}
