import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { publishLoanProjectAction } from "@/app/[locale]/(per-user)/admin/reviews/actions";
import { createStaffAction } from "@/app/[locale]/(per-user)/admin/staff/actions";
import type { User } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db/types";
import { databaseDigest, framework, signInAs } from "../authz/framework";
import { createCompany, createLoanProject, createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The framework edges only (see tests/integration/authz/framework.ts); the action, define-action, the
// services and the database are the real ones.
vi.mock("server-only", () => ({}));
vi.mock("@/lib/server/auth/auth", async () => (await import("../authz/framework")).authModule());
vi.mock("@/lib/server/db", async () => (await import("../authz/framework")).dbModule());
vi.mock("next/cache", async () => (await import("../authz/framework")).cacheModule());
vi.mock("next/navigation", async () => (await import("../authz/framework")).navigationModule());
vi.mock("next/headers", async () => (await import("../authz/framework")).headersModule());
vi.mock("next-intl/server", async () => (await import("../authz/framework")).intlModule());
vi.mock("next-auth", async () => (await import("../authz/framework")).nextAuthModule());

let database: TestDatabase;
let db: Db;
let supervisor: User;
let admin: User;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  framework.db = database.prisma;
  supervisor = await createUser(db, { role: "SUPERVISOR" });
  admin = await createUser(db, { role: "ADMIN" });
});
afterAll(async () => {
  signInAs(null);
  await database?.close();
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

/** A request passed by customer service, waiting for the supervisor's final review. */
async function awaitingPublication() {
  const company = await createCompany(db, { status: "NORMAL" });
  const passer = await createUser(db, { role: "CUSTOMER_SERVICE" });
  return createLoanProject(db, { companyId: company.id, status: "PENDING_FINAL_REVIEW", submittedAt: new Date(), passedById: passer.id });
}

describe("a judgement is never preset: the server refuses a missing choice (issue 8 §2)", () => {
  it.each([
    ["no risk grade at all", {}],
    ["the '— choose —' placeholder", { riskGrade: "" }],
    ["a grade that does not exist", { riskGrade: "Z" }],
  ])("publishing with %s is refused with a field message and changes nothing", async (_case, grade) => {
    const project = await awaitingPublication();
    const before = await databaseDigest(db);
    signInAs(supervisor);
    const result = await publishLoanProjectAction(null, form({ projectId: project.id, comment: "looks fine", ...grade }));
    signInAs(null);

    expect(result).toMatchObject({ ok: false, fieldErrors: { riskGrade: ["validation.riskGrade"] } });
    const after = await databaseDigest(db);
    expect(Object.keys(before).filter((table) => before[table] !== after[table])).toEqual([]);
    expect(await db.loanProject.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
      status: "PENDING_FINAL_REVIEW",
      riskGrade: null,
      publishedAt: null,
      publishedById: null,
    });
  });

  it("publishing with a chosen grade records that grade", async () => {
    const project = await awaitingPublication();
    signInAs(supervisor);
    const result = await publishLoanProjectAction(null, form({ projectId: project.id, riskGrade: "D" }));
    signInAs(null);
    expect(result).toMatchObject({ ok: true });
    expect(await db.loanProject.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
      status: "FUNDRAISING",
      riskGrade: "D",
      publishedById: supervisor.id,
    });
  });

  it("inviting a staff member without choosing a role is refused with a field message and creates no one", async () => {
    const email = `no-role-${Date.now()}@example.test`;
    const before = await databaseDigest(db);
    signInAs(admin);
    const result = await createStaffAction(null, form({ email, displayName: "新同事", role: "" }));
    signInAs(null);
    expect(result).toMatchObject({ ok: false, fieldErrors: { role: ["validation.role"] } });
    const after = await databaseDigest(db);
    expect(Object.keys(before).filter((table) => before[table] !== after[table])).toEqual([]);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});
