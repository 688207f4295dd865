import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/client";
import { authenticate } from "@/lib/server/auth/authenticate";
import { accountKey, ipKey, LOGIN_WINDOW_MS, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from "@/lib/server/auth/login-rate-limit";
import { type OpenDatabase, openDatabase } from "@/lib/server/db/open";
import type { Db } from "@/lib/server/db/types";
import { hashPassword } from "@/lib/server/security/passwords";
import { createUser } from "../support/factories";
import { createTestDatabase, describeOnPostgres, type TestDatabase } from "../support/test-database";
import { uniqueEmail } from "./helpers";

let db: TestDatabase;
let prisma: Db;
let passwordHash: string;
beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(async () => {
  await db?.close();
});

const PASSWORD = "the right passphrase 1";
const WRONG = "a wrong passphrase 2";
const INVALID = { ok: false, reason: "INVALID_CREDENTIALS" } as const;
const LIMITED = { ok: false, reason: "RATE_LIMITED" } as const;

// Every test uses its own account and its own client address, so the counters never mix.
const freshIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

async function newUser(role: Role = "INVESTOR") {
  return createUser(prisma, { role, email: uniqueEmail(role.toLowerCase()), passwordHash });
}

async function failTimes(client: Db, email: string, ip: string | null, times: number) {
  for (let i = 0; i < times; i++) {
    expect(await authenticate(client, { email, password: WRONG, ip })).toEqual(INVALID);
  }
}

describe("authenticate", () => {
  it("the limits are the documented ones: 5 failures per account and 30 per address in 15 minutes", () => {
    expect([MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, LOGIN_WINDOW_MS]).toEqual([5, 30, 15 * 60 * 1000]);
  });

  it("the right password signs in and returns the user's identity and session version", async () => {
    const user = await newUser();
    const result = await authenticate(prisma, { email: user.email, password: PASSWORD, ip: freshIp() });
    expect(result).toEqual({
      ok: true,
      user: { id: user.id, email: user.email, role: "INVESTOR", displayName: user.displayName, sessionVersion: 0 },
    });
  });

  it("the e-mail is matched case-insensitively and trimmed", async () => {
    const user = await newUser();
    const result = await authenticate(prisma, { email: `  ${user.email.toUpperCase()} `, password: PASSWORD, ip: freshIp() });
    expect(result).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it("a wrong password and an unknown e-mail give the identical answer, and both count as failures", async () => {
    const user = await newUser();
    const ip = freshIp();
    const unknown = uniqueEmail("nobody");
    const wrongPassword = await authenticate(prisma, { email: user.email, password: WRONG, ip });
    const unknownEmail = await authenticate(prisma, { email: unknown, password: PASSWORD, ip });
    expect(wrongPassword).toEqual(INVALID);
    expect(unknownEmail).toStrictEqual(wrongPassword);
    expect(Object.keys(unknownEmail)).toEqual(Object.keys(wrongPassword));

    const attempts = await prisma.loginAttempt.findMany({
      where: { key: { in: [accountKey(user.email), accountKey(unknown), ipKey(ip)] } },
    });
    expect(attempts.map((a) => `${a.key}:${a.succeeded}`).sort()).toEqual(
      [`${accountKey(user.email)}:false`, `${accountKey(unknown)}:false`, `${ipKey(ip)}:false`, `${ipKey(ip)}:false`].sort(),
    );
  });

  it("a disabled account is refused even with the right password, with the same answer as a wrong password", async () => {
    const user = await newUser("CUSTOMER_SERVICE");
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: freshIp() })).toEqual(INVALID);
  });

  it(`after ${MAX_FAILURES_PER_ACCOUNT} failures the account is rate limited, even with the right password and from another address`, async () => {
    const user = await newUser();
    // Four failures are not yet the limit: the right password still works (and resets the count).
    await failTimes(prisma, user.email, freshIp(), MAX_FAILURES_PER_ACCOUNT - 1);
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: freshIp() })).toMatchObject({ ok: true });

    // Failures from different addresses and in a different letter case all count against the one account.
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      const email = i % 2 ? user.email.toUpperCase() : user.email;
      expect(await authenticate(prisma, { email, password: WRONG, ip: freshIp() })).toEqual(INVALID);
    }
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: freshIp() })).toEqual(LIMITED);
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: null })).toEqual(LIMITED);
    // While limited, even a wrong password is not evaluated (and not recorded): the answer stays the same.
    const recorded = await prisma.loginAttempt.count({ where: { key: accountKey(user.email) } });
    expect(await authenticate(prisma, { email: user.email, password: WRONG, ip: null })).toEqual(LIMITED);
    expect(await prisma.loginAttempt.count({ where: { key: accountKey(user.email) } })).toBe(recorded);

    // Another account is not affected.
    const other = await newUser();
    expect(await authenticate(prisma, { email: other.email, password: PASSWORD, ip: freshIp() })).toMatchObject({ ok: true });
  });

  it("a successful login before the limit resets the account's count", async () => {
    const user = await newUser();
    const ip = freshIp();
    await failTimes(prisma, user.email, ip, MAX_FAILURES_PER_ACCOUNT - 1);
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip })).toMatchObject({ ok: true });
    await failTimes(prisma, user.email, ip, MAX_FAILURES_PER_ACCOUNT - 1);
    // 8 failures in the window, but only 4 since the last success.
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip })).toMatchObject({ ok: true });
    await failTimes(prisma, user.email, ip, MAX_FAILURES_PER_ACCOUNT);
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip })).toEqual(LIMITED);
  });

  it("the limit ends when the failures are older than the window", async () => {
    const user = await newUser();
    await failTimes(prisma, user.email, freshIp(), MAX_FAILURES_PER_ACCOUNT);
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: null })).toEqual(LIMITED);

    // Move the failures to just inside the window: still limited.
    const key = accountKey(user.email);
    await prisma.loginAttempt.updateMany({ where: { key }, data: { createdAt: new Date(Date.now() - LOGIN_WINDOW_MS + 60_000) } });
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: null })).toEqual(LIMITED);

    // Just outside it: the account may try again.
    await prisma.loginAttempt.updateMany({ where: { key }, data: { createdAt: new Date(Date.now() - LOGIN_WINDOW_MS - 60_000) } });
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: null })).toMatchObject({ ok: true });
  });

  it(`one address that fails ${MAX_FAILURES_PER_IP} times (across many accounts) is limited for every account`, async () => {
    const ip = freshIp();
    // Each e-mail fails once only, so no account reaches its own limit; only the address does.
    for (let i = 0; i < MAX_FAILURES_PER_IP - 1; i++) {
      expect(await authenticate(prisma, { email: uniqueEmail(`spray${i}`), password: WRONG, ip })).toEqual(INVALID);
    }
    const user = await newUser();
    // 29 failures: not yet limited.
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip })).toMatchObject({ ok: true });
    expect(await authenticate(prisma, { email: uniqueEmail("spray-last"), password: WRONG, ip })).toEqual(INVALID);

    // 30 failures: the address is limited even for a correct password, and even after a success.
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip })).toEqual(LIMITED);
    // The same account from another address, or with no known address, is fine.
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: freshIp() })).toMatchObject({ ok: true });
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: null })).toMatchObject({ ok: true });
  });

  describeOnPostgres("on PostgreSQL, with two app instances (two separate Prisma clients)", () => {
    let second: OpenDatabase;
    beforeAll(async () => {
      if (!db.url) throw new Error("the PostgreSQL test database exposes its url");
      second = await openDatabase({ kind: "postgres", url: db.url }, {});
    });
    afterAll(async () => {
      await second?.close();
    });

    it("failures counted on one instance limit the account on the other", async () => {
      expect(second.prisma).not.toBe(prisma);
      const user = await newUser();
      await failTimes(prisma, user.email, freshIp(), 3);
      await failTimes(second.prisma, user.email, freshIp(), MAX_FAILURES_PER_ACCOUNT - 3);
      expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: null })).toEqual(LIMITED);
      expect(await authenticate(second.prisma, { email: user.email, password: PASSWORD, ip: null })).toEqual(LIMITED);
    });

    it("a success on one instance resets the count seen by the other", async () => {
      const user = await newUser();
      await failTimes(second.prisma, user.email, null, MAX_FAILURES_PER_ACCOUNT - 1);
      expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: null })).toMatchObject({ ok: true });
      await failTimes(second.prisma, user.email, null, MAX_FAILURES_PER_ACCOUNT - 1);
      expect(await authenticate(second.prisma, { email: user.email, password: PASSWORD, ip: null })).toMatchObject({ ok: true });
    });

    it("the address limit is shared too, with failures arriving on both instances at once", async () => {
      const ip = freshIp();
      const half = MAX_FAILURES_PER_IP / 2;
      await Promise.all([
        ...Array.from({ length: half }, (_, i) => authenticate(prisma, { email: uniqueEmail(`a${i}`), password: WRONG, ip })),
        ...Array.from({ length: half }, (_, i) => authenticate(second.prisma, { email: uniqueEmail(`b${i}`), password: WRONG, ip })),
      ]);
      expect(await prisma.loginAttempt.count({ where: { key: ipKey(ip), succeeded: false } })).toBe(MAX_FAILURES_PER_IP);
      const user = await newUser();
      expect(await authenticate(second.prisma, { email: user.email, password: PASSWORD, ip })).toEqual(LIMITED);
      expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip })).toEqual(LIMITED);
    });
  });
});
