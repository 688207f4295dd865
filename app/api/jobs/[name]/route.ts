import { getClock } from "@/lib/server/clock";
import { getDb } from "@/lib/server/db";
import { UnknownJobError } from "@/lib/server/jobs/errors";
import { checkJobsSecret } from "@/lib/server/jobs/jobs-secret";
import { runJob } from "@/lib/server/jobs/run-job";

export const dynamic = "force-dynamic";

/**
 * Runs one job now, for an external scheduler (cron, a cloud scheduler) where the pg-boss worker is not run:
 * `POST /api/jobs/<name>` with `Authorization: Bearer $JOBS_SECRET` (docs/jobs.md).
 * - JOBS_SECRET not set (or too short): 404 for everyone, nothing runs;
 * - missing or wrong secret: 401;
 * - unknown job: 404 `{ error: "unknown-job", known: [...] }`;
 * - done: 200 `{ job, handled, batches }`.
 * Safe to call concurrently and repeatedly: the jobs claim their items with SKIP LOCKED and are idempotent.
 */
export async function POST(request: Request, { params }: { params: Promise<{ name: string }> }) {
  const check = checkJobsSecret(request.headers.get("authorization"), process.env.JOBS_SECRET);
  if (check === "unconfigured") return new Response("Not found", { status: 404 });
  if (check === "denied") return Response.json({ error: "unauthorized" }, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
  try {
    return Response.json(await runJob(await getDb(), (await params).name, getClock()));
  } catch (error) {
    if (error instanceof UnknownJobError) return Response.json({ error: "unknown-job", known: error.known }, { status: 404 });
    throw error;
  }
}
