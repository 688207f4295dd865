import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { investorVerificationSchema } from "@/lib/schemas/accounts";
import {
  REGISTRATION_CLIENT_POLICY,
  reserveRegistration,
  VERIFICATION_ACCOUNT_POLICY,
  VERIFICATION_CLIENT_POLICY,
  verificationAccountKey,
} from "@/lib/server/accounts/account-throttle";
import { verifyInvestor } from "@/lib/server/accounts/verify-investor";
import type { Db } from "@/lib/server/db/types";
import { createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { expectDomainError, uniqueEmail, validResidentId } from "./helpers";

let db: TestDatabase;
let prisma: Db;
beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
});
afterAll(async () => {
  await db?.close();
});

const MINUTE = 60_000;
const freshIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);
const verification = (idNumber: string) => investorVerificationSchema.parse({ realName: "张三", idNumber, phone: "13812345678" });
const newInvestor = () => createUser(prisma, { role: "INVESTOR", email: uniqueEmail("investor") });

describe("registration attempts per client", () => {
  it("10 free per client, then 1 min, 2 min … between attempts; another client is not affected", async () => {
    expect(REGISTRATION_CLIENT_POLICY).toEqual({
      freeAttempts: 10,
      baseDelayMs: MINUTE,
      maxDelayMs: 60 * MINUTE,
      resetAfterMs: 24 * 60 * MINUTE,
    });
    const ip = freshIp();
    const t0 = new Date();
    for (let i = 0; i < REGISTRATION_CLIENT_POLICY.freeAttempts; i++) await reserveRegistration(prisma, ip, t0);
    const error = await expectDomainError(reserveRegistration(prisma, ip, t0), "TOO_MANY_ATTEMPTS");
    expect(error.params).toEqual({ minutes: 1 });
    await reserveRegistration(prisma, freshIp(), t0);

    await reserveRegistration(prisma, ip, later(t0, MINUTE));
    expect((await expectDomainError(reserveRegistration(prisma, ip, later(t0, MINUTE)), "TOO_MANY_ATTEMPTS")).params).toEqual({
      minutes: 2,
    });
  });
});

describe("real-name verification attempts", () => {
  it("an ID number held by another account gets the neutral answer, and failures are limited per account across clients", async () => {
    expect(VERIFICATION_ACCOUNT_POLICY.freeAttempts).toBe(5);
    const holder = await newInvestor();
    const taken = validResidentId();
    await verifyInvestor(prisma, holder.id, verification(taken), freshIp());

    const prober = await newInvestor();
    const t0 = new Date();
    for (let i = 0; i < VERIFICATION_ACCOUNT_POLICY.freeAttempts; i++) {
      await expectDomainError(verifyInvestor(prisma, prober.id, verification(taken), freshIp(), t0), "VERIFICATION_FAILED");
    }
    // Even its own, free number is refused now: the account must wait, whichever address it uses.
    const own = validResidentId();
    await expectDomainError(verifyInvestor(prisma, prober.id, verification(own), freshIp(), t0), "TOO_MANY_ATTEMPTS");
    expect(await prisma.investorProfile.findUnique({ where: { userId: prober.id } })).toBeNull();
    // Another account is not affected; after the delay the prober may verify, which clears its counter.
    await verifyInvestor(prisma, (await newInvestor()).id, verification(validResidentId()), freshIp(), t0);
    await verifyInvestor(prisma, prober.id, verification(own), freshIp(), later(t0, MINUTE));
    expect(await prisma.attemptThrottle.findUniqueOrThrow({ where: { key: verificationAccountKey(prober.id) } })).toMatchObject({
      failures: 0,
    });
  });

  it(`one client probing ID numbers through many accounts is held back after ${VERIFICATION_CLIENT_POLICY.freeAttempts} failures`, async () => {
    const holder = await newInvestor();
    const taken = validResidentId();
    await verifyInvestor(prisma, holder.id, verification(taken), freshIp());
    const ip = freshIp();
    const t0 = new Date();
    for (let i = 0; i < VERIFICATION_CLIENT_POLICY.freeAttempts; i++) {
      await expectDomainError(verifyInvestor(prisma, (await newInvestor()).id, verification(taken), ip, t0), "VERIFICATION_FAILED");
    }
    await expectDomainError(verifyInvestor(prisma, (await newInvestor()).id, verification(validResidentId()), ip, t0), "TOO_MANY_ATTEMPTS");
    await verifyInvestor(prisma, (await newInvestor()).id, verification(validResidentId()), freshIp(), t0);
  });
});
