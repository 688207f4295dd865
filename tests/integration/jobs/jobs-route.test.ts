import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/jobs/[name]/route";
import type { Db } from "@/lib/server/db/types";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The route handler itself, on this file's database and a fixed clock; only getDb and getClock are replaced.
const state = vi.hoisted(() => ({ prisma: undefined as unknown as Db }));
vi.mock("server-only", () => ({}));
vi.mock("@/lib/server/db", () => ({ getDb: async () => state.prisma }));
vi.mock("@/lib/server/clock", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/server/clock")>();
  return { ...original, getClock: () => original.fixedClock("2026-11-30T03:00:00Z", "Asia/Shanghai") };
});

const SECRET = "a-jobs-secret-of-more-than-32-characters";
const OLD = new Date("2026-09-01T00:00:00Z");
const RECENT = new Date("2026-11-29T00:00:00Z");

function call(name: string, authorization?: string) {
  const headers = authorization ? { authorization } : undefined;
  return POST(new Request(`http://localhost/api/jobs/${name}`, { method: "POST", headers }), { params: Promise.resolve({ name }) });
}

describe("POST /api/jobs/[name]", () => {
  let db: TestDatabase;
  const saved = process.env.JOBS_SECRET;
  beforeAll(async () => {
    db = await createTestDatabase();
    state.prisma = db.prisma;
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(async () => {
    await db.prisma.attemptThrottle.deleteMany();
    await db.prisma.attemptThrottle.createMany({
      data: [
        { key: "login:client:old-1", failures: 9, lastAttemptAt: OLD },
        { key: "login:client:old-2", failures: 9, lastAttemptAt: OLD },
        { key: "login:client:recent", failures: 1, lastAttemptAt: RECENT },
      ],
    });
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.JOBS_SECRET;
    else process.env.JOBS_SECRET = saved;
  });

  const count = () => db.prisma.attemptThrottle.count();

  it("answers 404 and runs nothing while JOBS_SECRET is unset or too short", async () => {
    delete process.env.JOBS_SECRET;
    expect((await call("prune-login-attempts", `Bearer ${SECRET}`)).status).toBe(404);
    process.env.JOBS_SECRET = "short-secret";
    expect((await call("prune-login-attempts", "Bearer short-secret")).status).toBe(404);
    expect(await count()).toBe(3);
  });

  it("answers 401 and runs nothing without the right bearer secret", async () => {
    process.env.JOBS_SECRET = SECRET;
    for (const authorization of [undefined, SECRET, `Basic ${SECRET}`, `Bearer ${SECRET}-not`, "Bearer wrong"]) {
      const response = await call("prune-login-attempts", authorization);
      expect(response.status, String(authorization)).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe("Bearer");
    }
    expect(await count()).toBe(3);
  });

  it("answers 404 with the known jobs for an unknown job", async () => {
    process.env.JOBS_SECRET = SECRET;
    const response = await call("prune-everything", `Bearer ${SECRET}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: "unknown-job",
      known: ["prune-login-attempts", "expire-deposits", "fail-expired-fundraising", "mark-overdue", "send-emails"],
    });
    expect(await count()).toBe(3);
  });

  it("runs the job with the right secret and returns its counts; calls at once handle each row once", async () => {
    process.env.JOBS_SECRET = SECRET;
    const response = await call("prune-login-attempts", `Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ job: "prune-login-attempts", handled: 2, batches: 1 });
    expect((await db.prisma.attemptThrottle.findMany()).map((row) => row.key)).toEqual(["login:client:recent"]);

    await db.prisma.attemptThrottle.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({ key: `login:client:again-${i}`, failures: 1, lastAttemptAt: OLD })),
    });
    const bodies = await Promise.all([1, 2, 3].map(async () => (await call("prune-login-attempts", `Bearer ${SECRET}`)).json()));
    expect(bodies.reduce((sum, body) => sum + body.handled, 0)).toBe(30);
    expect(await count()).toBe(1);
  });
});
