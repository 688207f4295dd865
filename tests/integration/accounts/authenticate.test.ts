import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/client";
import { changePassword } from "@/lib/server/accounts/change-password";
import { authenticate } from "@/lib/server/auth/authenticate";
import {
  ACCOUNT_POLICY,
  accountKey,
  CLIENT_POLICY,
  clientKey,
  KNOWN_CLIENT_MS,
  PAIR_POLICY,
  pairKey,
} from "@/lib/server/auth/login-throttle";
import { type OpenDatabase, openDatabase } from "@/lib/server/db/open";
import type { Db } from "@/lib/server/db/types";
import { hashPassword } from "@/lib/server/security/passwords";
import { createUser } from "../support/factories";
import { createTestDatabase, describeOnPostgres, type TestDatabase } from "../support/test-database";
import { expectDomainError, uniqueEmail } from "./helpers";

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
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const limitedUntil = (at: Date) => ({ ok: false, reason: "RATE_LIMITED", retryAt: at });

// Every test uses its own accounts and its own client addresses, so the counters never mix.
const freshIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

async function newUser(role: Role = "INVESTOR") {
  return createUser(prisma, { role, email: uniqueEmail(role.toLowerCase()), passwordHash });
}

async function failTimes(client: Db, email: string, ip: string | null, times: number, now = new Date()) {
  for (let i = 0; i < times; i++) {
    expect(await authenticate(client, { email, password: WRONG, ip }, now)).toEqual(INVALID);
  }
}

describe("authenticate", () => {
  it("the policies are the documented ones", () => {
    expect(PAIR_POLICY).toEqual({ freeAttempts: 5, baseDelayMs: 30 * SECOND, maxDelayMs: 15 * MINUTE, resetAfterMs: 24 * 60 * MINUTE });
    expect(CLIENT_POLICY).toEqual({ freeAttempts: 30, baseDelayMs: 30 * SECOND, maxDelayMs: 15 * MINUTE, resetAfterMs: 24 * 60 * MINUTE });
    expect(ACCOUNT_POLICY).toEqual({ freeAttempts: 100, baseDelayMs: SECOND, maxDelayMs: MINUTE, resetAfterMs: 24 * 60 * MINUTE });
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

  it("a wrong password and an unknown e-mail give the identical answer, and both are counted", async () => {
    const user = await newUser();
    const ip = freshIp();
    const unknown = uniqueEmail("nobody");
    const wrongPassword = await authenticate(prisma, { email: user.email, password: WRONG, ip });
    const unknownEmail = await authenticate(prisma, { email: unknown, password: PASSWORD, ip });
    expect(wrongPassword).toEqual(INVALID);
    expect(unknownEmail).toStrictEqual(wrongPassword);

    const counters = await prisma.attemptThrottle.findMany({
      where: { key: { in: [pairKey(user.email, ip), pairKey(unknown, ip), clientKey(ip), accountKey(user.email), accountKey(unknown)] } },
    });
    expect(Object.fromEntries(counters.map((c) => [c.key, c.failures]))).toEqual({
      [pairKey(user.email, ip)]: 1,
      [pairKey(unknown, ip)]: 1,
      [clientKey(ip)]: 2,
      [accountKey(user.email)]: 1,
      [accountKey(unknown)]: 1,
    });
  });

  it("a disabled account is refused even with the right password, with the same answer as a wrong password", async () => {
    const user = await newUser("CUSTOMER_SERVICE");
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: freshIp() })).toEqual(INVALID);
  });

  it("an outsider's wrong passwords slow the outsider down, never the owner on another client", async () => {
    const owner = await newUser("SUPERVISOR");
    const [attacker, ownersIp] = [freshIp(), freshIp()];
    const t0 = new Date();
    await failTimes(prisma, owner.email, attacker, PAIR_POLICY.freeAttempts, t0);
    // The attacker is held back, even with the right password, and told when to try again.
    expect(await authenticate(prisma, { email: owner.email, password: PASSWORD, ip: attacker }, t0)).toEqual(
      limitedUntil(later(t0, 30 * SECOND)),
    );
    // A refused attempt charges none of its counters, not even those that would have let it through.
    expect((await prisma.attemptThrottle.findUniqueOrThrow({ where: { key: clientKey(attacker) } })).failures).toBe(
      PAIR_POLICY.freeAttempts,
    );
    expect((await prisma.attemptThrottle.findUniqueOrThrow({ where: { key: accountKey(owner.email) } })).failures).toBe(
      PAIR_POLICY.freeAttempts,
    );
    // The owner, at the same moment, from their own address, signs in.
    expect(await authenticate(prisma, { email: owner.email, password: PASSWORD, ip: ownersIp }, t0)).toMatchObject({ ok: true });
    // And can keep doing so while the attacker keeps trying.
    for (let i = 0; i < 3; i++) {
      await authenticate(prisma, { email: owner.email, password: WRONG, ip: attacker }, later(t0, (i + 1) * 20 * MINUTE));
      expect(
        await authenticate(prisma, { email: owner.email, password: PASSWORD, ip: ownersIp }, later(t0, (i + 1) * 20 * MINUTE)),
      ).toMatchObject({
        ok: true,
      });
    }
  });

  it("delays grow 30 s, 1 min, 2 min … up to 15 min; a refused attempt is not checked and does not extend the delay", async () => {
    const user = await newUser();
    const ip = freshIp();
    let now = new Date();
    await failTimes(prisma, user.email, ip, PAIR_POLICY.freeAttempts, now);
    const expected = [30 * SECOND, MINUTE, 2 * MINUTE, 4 * MINUTE, 8 * MINUTE, 15 * MINUTE, 15 * MINUTE];
    for (const delay of expected) {
      // One millisecond early: refused with the time to come back; refused again, and the time does not move.
      const early = later(now, delay - 1);
      expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip }, early)).toEqual(limitedUntil(later(now, delay)));
      expect(await authenticate(prisma, { email: user.email, password: WRONG, ip }, early)).toEqual(limitedUntil(later(now, delay)));
      now = later(now, delay);
      expect(await authenticate(prisma, { email: user.email, password: WRONG, ip }, now)).toEqual(INVALID);
    }
    const row = await prisma.attemptThrottle.findUniqueOrThrow({ where: { key: pairKey(user.email, ip) } });
    expect(row.failures).toBe(PAIR_POLICY.freeAttempts + expected.length);
    // The right password, when allowed, signs in and clears the pair's counter.
    now = later(now, 15 * MINUTE);
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip }, now)).toMatchObject({ ok: true });
    expect(await prisma.attemptThrottle.findUniqueOrThrow({ where: { key: pairKey(user.email, ip) } })).toMatchObject({
      failures: 0,
      lastSuccessAt: now,
    });
    await failTimes(prisma, user.email, ip, PAIR_POLICY.freeAttempts, now);
  });

  it("a success before the limit starts the pair's count again", async () => {
    const user = await newUser();
    const ip = freshIp();
    await failTimes(prisma, user.email, ip, PAIR_POLICY.freeAttempts - 1);
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip })).toMatchObject({ ok: true });
    await failTimes(prisma, user.email, ip, PAIR_POLICY.freeAttempts - 1);
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip })).toMatchObject({ ok: true });
  });

  it("a counter quiet for 24 hours starts again from zero", async () => {
    const user = await newUser();
    const ip = freshIp();
    const t0 = new Date();
    await failTimes(prisma, user.email, ip, PAIR_POLICY.freeAttempts, t0);
    // Well past any delay but inside the day: one attempt, then held back again.
    const t1 = later(t0, 20 * MINUTE);
    expect(await authenticate(prisma, { email: user.email, password: WRONG, ip }, t1)).toEqual(INVALID);
    expect(await authenticate(prisma, { email: user.email, password: WRONG, ip }, t1)).toMatchObject({ reason: "RATE_LIMITED" });
    // A quiet day later: five free attempts again.
    await failTimes(prisma, user.email, ip, PAIR_POLICY.freeAttempts, later(t1, 24 * 60 * MINUTE));
  });

  it(`one client failing ${CLIENT_POLICY.freeAttempts} times across many accounts is held back for every account; other clients are not`, async () => {
    const ip = freshIp();
    const t0 = new Date();
    for (let i = 0; i < CLIENT_POLICY.freeAttempts; i++) {
      expect(await authenticate(prisma, { email: uniqueEmail(`spray${i}`), password: WRONG, ip }, t0)).toEqual(INVALID);
    }
    const user = await newUser();
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip }, t0)).toEqual(limitedUntil(later(t0, 30 * SECOND)));
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: freshIp() }, t0)).toMatchObject({ ok: true });
  });

  it("clients are told apart by address; an IPv6 client counts by its /64 network", async () => {
    const user = await newUser();
    const t0 = new Date();
    // Five addresses from one /64 are one client.
    for (let i = 1; i <= PAIR_POLICY.freeAttempts; i++) {
      expect(await authenticate(prisma, { email: user.email, password: WRONG, ip: `2001:db8:1:2::${i}` }, t0)).toEqual(INVALID);
    }
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: "2001:db8:1:2:ffff::9" }, t0)).toMatchObject({
      reason: "RATE_LIMITED",
    });
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: "2001:db8:1:3::1" }, t0)).toMatchObject({ ok: true });
  });

  it("the per-account ceiling slows new clients after 100 failures, but never a client that signed in to the account recently", async () => {
    const user = await newUser();
    const [usual, stranger] = [freshIp(), freshIp()];
    const t0 = new Date();
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: usual }, t0)).toMatchObject({ ok: true });
    // A distributed attack has failed 100 times on this account, the last a moment ago.
    await prisma.attemptThrottle.update({
      where: { key: accountKey(user.email) },
      data: { failures: ACCOUNT_POLICY.freeAttempts, lastAttemptAt: t0 },
    });
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: stranger }, t0)).toEqual(
      limitedUntil(later(t0, SECOND)),
    );
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: usual }, t0)).toMatchObject({ ok: true });
    // A stranger is only slowed: a second later it may try.
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: stranger }, later(t0, 2 * SECOND))).toMatchObject({
      ok: true,
    });
    // The usual client stays known for 30 days after its last success.
    const t1 = later(t0, KNOWN_CLIENT_MS + MINUTE);
    await prisma.attemptThrottle.update({ where: { key: accountKey(user.email) }, data: { failures: 200, lastAttemptAt: t1 } });
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: usual }, t1)).toMatchObject({ reason: "RATE_LIMITED" });
  });

  it("requests with no known address share one bucket", async () => {
    const user = await newUser();
    await failTimes(prisma, user.email, null, PAIR_POLICY.freeAttempts);
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: null })).toMatchObject({ reason: "RATE_LIMITED" });
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip: freshIp() })).toMatchObject({ ok: true });
  });
});

describe("the current-password check of a password change", () => {
  it("is limited like a login, on the same counters, and a throttled check changes nothing", async () => {
    const user = await newUser();
    const ip = freshIp();
    const t0 = new Date();
    for (let i = 0; i < PAIR_POLICY.freeAttempts; i++) {
      const error = await expectDomainError(
        changePassword(prisma, user.id, { currentPassword: WRONG, newPassword: "a brand new passphrase 3", ip }, t0),
        "VALIDATION",
      );
      expect(error.fieldErrors).toEqual({ currentPassword: ["validation.currentPasswordWrong"] });
    }
    const limited = await expectDomainError(
      changePassword(prisma, user.id, { currentPassword: PASSWORD, newPassword: "a brand new passphrase 3", ip }, t0),
      "TOO_MANY_ATTEMPTS",
    );
    expect(limited.params).toEqual({ minutes: 1 });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ passwordHash, sessionVersion: 0 });
    // The login form from the same client is held back too; another client is not.
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip }, t0)).toMatchObject({ reason: "RATE_LIMITED" });
    expect(
      await changePassword(prisma, user.id, { currentPassword: PASSWORD, newPassword: "a brand new passphrase 3", ip: freshIp() }, t0),
    ).toEqual({
      id: user.id,
      sessionVersion: 1,
    });
  });
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

  it("failures counted on one instance hold the client back on the other", async () => {
    expect(second.prisma).not.toBe(prisma);
    const user = await newUser();
    const ip = freshIp();
    await failTimes(prisma, user.email, ip, 3);
    await failTimes(second.prisma, user.email, ip, PAIR_POLICY.freeAttempts - 3);
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD, ip })).toMatchObject({ reason: "RATE_LIMITED" });
    expect(await authenticate(second.prisma, { email: user.email, password: PASSWORD, ip })).toMatchObject({ reason: "RATE_LIMITED" });
    expect(await authenticate(second.prisma, { email: user.email, password: PASSWORD, ip: freshIp() })).toMatchObject({ ok: true });
  });
});
