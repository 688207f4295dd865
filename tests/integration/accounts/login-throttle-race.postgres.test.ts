import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePassword } from "@/lib/server/accounts/change-password";
import { authenticate } from "@/lib/server/auth/authenticate";
import { CLIENT_POLICY, clientKey, PAIR_POLICY, pairKey } from "@/lib/server/auth/login-throttle";
import { hashPassword } from "@/lib/server/security/passwords";
import { createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { uniqueEmail } from "./helpers";

const PASSWORD = "the right passphrase 1";
const WRONG = "a wrong passphrase 2";

describe("throttling under concurrency (PostgreSQL)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 20 });
  });
  afterAll(async () => {
    await db.close();
  });

  it("30 parallel wrong passwords for one account from one client: only the 5 free ones are checked", async () => {
    const user = await createUser(db.prisma, {
      role: "SUPERVISOR",
      email: uniqueEmail("race"),
      passwordHash: await hashPassword(PASSWORD),
    });
    const ip = "10.9.8.7";
    const results = await Promise.all(
      Array.from({ length: 30 }, () => authenticate(db.prisma, { email: user.email, password: WRONG, ip })),
    );
    expect(results.filter((r) => !r.ok && r.reason === "INVALID_CREDENTIALS")).toHaveLength(PAIR_POLICY.freeAttempts);
    expect(results.filter((r) => !r.ok && r.reason === "RATE_LIMITED")).toHaveLength(30 - PAIR_POLICY.freeAttempts);
    expect((await db.prisma.attemptThrottle.findUniqueOrThrow({ where: { key: pairKey(user.email, ip) } })).failures).toBe(
      PAIR_POLICY.freeAttempts,
    );
    // The owner, from elsewhere, is not affected.
    expect(await authenticate(db.prisma, { email: user.email, password: PASSWORD, ip: "10.9.8.6" })).toMatchObject({ ok: true });
  });

  it(`${CLIENT_POLICY.freeAttempts + 20} parallel guesses from one client at different accounts: only ${CLIENT_POLICY.freeAttempts} are checked`, async () => {
    const ip = "10.9.8.5";
    const total = CLIENT_POLICY.freeAttempts + 20;
    const results = await Promise.all(
      Array.from({ length: total }, (_, i) => authenticate(db.prisma, { email: uniqueEmail(`spray${i}`), password: WRONG, ip })),
    );
    expect(results.filter((r) => !r.ok && r.reason === "INVALID_CREDENTIALS")).toHaveLength(CLIENT_POLICY.freeAttempts);
    expect((await db.prisma.attemptThrottle.findUniqueOrThrow({ where: { key: clientKey(ip) } })).failures).toBe(
      CLIENT_POLICY.freeAttempts,
    );
  });

  it("30 parallel current-password checks on a password change: only the 5 free ones are checked, the password is unchanged", async () => {
    const passwordHash = await hashPassword(PASSWORD);
    const user = await createUser(db.prisma, { role: "INVESTOR", email: uniqueEmail("change"), passwordHash });
    const ip = "10.9.8.4";
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, () =>
        changePassword(db.prisma, user.id, { currentPassword: WRONG, newPassword: "a brand new passphrase 3", ip }),
      ),
    );
    const codes = results.map((r) => (r.status === "rejected" ? (r.reason as { code: string }).code : "changed"));
    expect(codes.filter((c) => c === "VALIDATION")).toHaveLength(PAIR_POLICY.freeAttempts);
    expect(codes.filter((c) => c === "TOO_MANY_ATTEMPTS")).toHaveLength(30 - PAIR_POLICY.freeAttempts);
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ passwordHash, sessionVersion: 0 });
  });
});
