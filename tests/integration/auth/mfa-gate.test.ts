import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { verifyMfaAction } from "@/app/[locale]/(per-user)/(auth)/login/mfa/actions";
import { confirmMfaEnrolmentAction } from "@/app/[locale]/(per-user)/account/mfa/actions";
import { TOTP_PERIOD_SECONDS, totpCode } from "@/lib/domain/mfa/totp";
import type { Role } from "@/lib/generated/prisma/client";
import { roleAction } from "@/lib/server/actions/define-action";
import { resolveSession, revokeSession, startSession } from "@/lib/server/auth/server-session";
import { getSessionUser, requirePageRole } from "@/lib/server/auth/session";
import type { Db } from "@/lib/server/db/types";
import { pendingTotpSecret } from "@/lib/server/mfa/enrolment";
import { createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The real session chain below auth(): the jwt callback's look-up (resolveSession) on this test's database,
// the session callback's shape, then session.ts and define-action.ts unmocked.
const state = vi.hoisted(() => ({ prisma: undefined as unknown as Db, token: null as { sid: string; uid: string; sv: number } | null }));
vi.mock("server-only", () => ({}));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));
vi.mock("@/lib/server/db", () => ({ getDb: async () => state.prisma }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => Object.assign((key: string) => key, { has: () => true }) }));
vi.mock("@/lib/server/auth/auth", () => ({
  auth: async () => {
    if (!state.token) return null;
    const live = await resolveSession(state.prisma, state.token);
    if (!live) return null;
    return { user: { id: live.userId, role: live.role, name: live.displayName, email: "" }, sid: live.sessionId, mfa: live.mfa };
  },
}));

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  state.prisma = db.prisma;
});
afterAll(async () => {
  await db?.close();
});
beforeEach(() => {
  state.token = null;
  revalidatePath.mockClear();
});

async function logIn(user: { id: string }) {
  state.token = { sid: await startSession(state.prisma, user.id), uid: user.id, sv: 0 };
  return state.token;
}

/** A staff-only action whose handler leaves a trace, so a refused call provably changed nothing. */
const supervisorAction = roleAction(["SUPERVISOR", "ADMIN"], {
  schema: z.object({ note: z.string() }),
  async handler({ note }, { db, user }) {
    await db.auditLog.create({ data: { actorId: user.id, action: "TEST.GATED", targetType: "TEST", targetId: note } });
    return note;
  },
});
const investorAction = roleAction(["INVESTOR"], {
  schema: z.object({ note: z.string() }),
  async handler({ note }) {
    return note;
  },
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const traces = (note: string) => state.prisma.auditLog.count({ where: { action: "TEST.GATED", targetId: note } });
const redirectTarget = (error: unknown) => String((error as { digest?: string }).digest).split(";")[2];
const nowCode = (secret: string, steps = 0) => totpCode(secret, Date.now() + steps * TOTP_PERIOD_SECONDS * 1000);
/** A code no step near now accepts. */
const wrongCode = (secret: string) => ["000000", "111111"].find((c) => ![-1, 0, 1, 2].some((s) => nowCode(secret, s) === c)) as string;

describe("the second-factor gate", () => {
  it("a staff session without a second factor is refused by roleAction (MFA_REQUIRED) and runs nothing; after enrolment it runs", async () => {
    const sup = await createUser(state.prisma, { role: "SUPERVISOR" });
    await logIn(sup);
    expect(await supervisorAction(null, form({ note: "before-enrol" }))).toEqual({
      ok: false,
      error: "errors.MFA_REQUIRED",
      fieldErrors: {},
    });
    expect(await traces("before-enrol")).toBe(0);
    expect(await getSessionUser()).toBeNull();

    const secret = (await pendingTotpSecret(state.prisma, sup.id)) as string;
    const enrolled = await confirmMfaEnrolmentAction(null, form({ code: nowCode(secret) }));
    expect(enrolled).toMatchObject({ ok: true, data: { recoveryCodes: expect.any(Array) } });
    // The whole tree re-renders, so the header stops showing the half-signed-in state.
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");

    expect(await supervisorAction(null, form({ note: "after-enrol" }))).toMatchObject({ ok: true, data: "after-enrol" });
    expect(await traces("after-enrol")).toBe(1);
    expect(await getSessionUser()).toMatchObject({ id: sup.id, role: "SUPERVISOR" });
  });

  it("a second login of an enrolled member must enter a code again; wrong codes are refused with a field error", async () => {
    const admin = await createUser(state.prisma, { role: "ADMIN" });
    await logIn(admin);
    const secret = (await pendingTotpSecret(state.prisma, admin.id)) as string;
    await confirmMfaEnrolmentAction(null, form({ code: nowCode(secret) }));

    await logIn(admin);
    expect(await supervisorAction(null, form({ note: "second-login" }))).toMatchObject({ error: "errors.MFA_REQUIRED" });
    const wrong = await verifyMfaAction(null, form({ code: wrongCode(secret) }));
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { code: ["validation.mfaCodeWrong"] } });
    expect(await supervisorAction(null, form({ note: "second-login" }))).toMatchObject({ error: "errors.MFA_REQUIRED" });

    // The right code (the next step's: the current one was used by the enrolment) redirects to the page asked for.
    const redirected = await verifyMfaAction(null, form({ code: nowCode(secret, 1), callbackUrl: "/admin/staff" })).catch(
      (e: unknown) => e,
    );
    expect(redirectTarget(redirected)).toBe("/admin/staff");
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
    expect(await supervisorAction(null, form({ note: "second-login" }))).toMatchObject({ ok: true });
    expect(await traces("second-login")).toBe(1);
  });

  it("the verification action never follows a return path to another site", async () => {
    const sup = await createUser(state.prisma, { role: "SUPERVISOR" });
    await logIn(sup);
    const secret = (await pendingTotpSecret(state.prisma, sup.id)) as string;
    await confirmMfaEnrolmentAction(null, form({ code: nowCode(secret) }));
    await logIn(sup);
    const redirected = await verifyMfaAction(null, form({ code: nowCode(secret, 1), callbackUrl: "//evil.example/x" })).catch(
      (e: unknown) => e,
    );
    expect(redirectTarget(redirected)).toBe("/admin");
  });

  it("pages: a staff session owing its code goes to the code page (or enrolment) with its return path; wrong roles still see no-access", async () => {
    const cs = await createUser(state.prisma, { role: "CUSTOMER_SERVICE" });
    await logIn(cs);
    const toEnrol = await requirePageRole(["CUSTOMER_SERVICE"], "/admin/requests").catch((e: unknown) => e);
    expect(redirectTarget(toEnrol)).toBe("/account/mfa?callbackUrl=%2Fadmin%2Frequests");
    const forbidden = await requirePageRole(["ADMIN"], "/admin/staff").catch((e: unknown) => e);
    expect(redirectTarget(forbidden)).toBe("/forbidden");

    const secret = (await pendingTotpSecret(state.prisma, cs.id)) as string;
    await confirmMfaEnrolmentAction(null, form({ code: nowCode(secret) }));
    expect(await requirePageRole(["CUSTOMER_SERVICE"], "/admin/requests")).toMatchObject({ id: cs.id });
    await logIn(cs);
    const toVerify = await requirePageRole(["CUSTOMER_SERVICE"], "/admin/requests").catch((e: unknown) => e);
    expect(redirectTarget(toVerify)).toBe("/login/mfa?callbackUrl=%2Fadmin%2Frequests");
  });

  it.each<Role>(["INVESTOR", "COMPANY"])("a %s needs no second factor", async (role) => {
    const user = await createUser(state.prisma, { role });
    await logIn(user);
    expect(await getSessionUser()).toMatchObject({ id: user.id, role });
    if (role === "INVESTOR") expect(await investorAction(null, form({ note: "x" }))).toMatchObject({ ok: true, data: "x" });
    expect(await supervisorAction(null, form({ note: "customer" }))).toMatchObject({ error: "errors.FORBIDDEN" });
    // And cannot use the staff second-factor actions.
    expect(await verifyMfaAction(null, form({ code: "123456" }))).toMatchObject({ ok: false, error: "errors.FORBIDDEN" });
  });

  it("a pending staff session calling another role's action is FORBIDDEN; after logout every call is UNAUTHENTICATED", async () => {
    const sup = await createUser(state.prisma, { role: "SUPERVISOR" });
    const token = await logIn(sup);
    expect(await investorAction(null, form({ note: "x" }))).toMatchObject({ error: "errors.FORBIDDEN" });
    await revokeSession(state.prisma, token.sid);
    expect(await supervisorAction(null, form({ note: "after-logout" }))).toMatchObject({ error: "errors.UNAUTHENTICATED" });
    expect(await verifyMfaAction(null, form({ code: "123456" }))).toMatchObject({ error: "errors.UNAUTHENTICATED" });
    const toLogin = await requirePageRole(["SUPERVISOR"], "/admin").catch((e: unknown) => e);
    expect(redirectTarget(toLogin)).toBe("/login?callbackUrl=%2Fadmin");
  });
});
