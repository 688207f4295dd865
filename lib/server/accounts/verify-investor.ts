import { businessDateOf } from "@/lib/domain/dates";
import { checkResidentId, maskResidentId } from "@/lib/domain/identity/resident-id";
import type { InvestorVerification } from "@/lib/schemas/accounts";
import { getClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { isUniqueViolation } from "@/lib/server/db/unique-violation";
import { DomainError } from "@/lib/server/errors";
import { encryptPii, hashPii } from "@/lib/server/security/pii";
import { getIdentityRules } from "@/lib/server/settings/identity-rules";
import { reserveVerification, verificationSucceeded } from "./account-throttle";

// Never "this ID number is verified on another account": that would tell anyone whose number is on the
// platform (ASVS 5.0 V6.3.7). The person is told neutrally and customer service can help.
const notCompleted = () => new DomainError("VERIFICATION_FAILED", "ID number held by another account");

/**
 * The birth date in the number against the business date `today` ("YYYY-MM-DD", Asia/Shanghai): not in the
 * future, not implausibly old, and the investor of age (platform setting identityRules). VALIDATION on idNumber.
 */
async function assertEligibleAge(db: Db, idNumber: string, today: string) {
  const rules = await getIdentityRules(db);
  const result = checkResidentId(idNumber, { today, minimumAge: rules.minimumInvestorAge, maximumAge: rules.maximumAge });
  if (result.ok) return;
  throw new DomainError(
    "VALIDATION",
    `resident ID ${result.problem}`,
    { idNumber: [`validation.residentId${result.problem}`] },
    {
      minimumAge: rules.minimumInvestorAge,
      maximumAge: rules.maximumAge,
    },
  );
}

/**
 * Stores the investor's real-name data; the ID number only encrypted, with a keyed hash for uniqueness.
 * The input comes from investorVerificationSchema (folded, well-formed number, 11-digit mobile); the age
 * rules are checked here, on the business date (Asia/Shanghai) of the instant `now`. Verification happens
 * once: a second submission, even one racing the first, is refused (CONFLICT) and never overwrites the
 * verified identity. Every attempt is first charged to the client and the account (account-throttle.ts),
 * so failed attempts are limited; `ip` is the client address (clientIpFrom).
 */
export async function verifyInvestor(db: Db, userId: string, input: InvestorVerification, ip: string | null, now = getClock().now()) {
  await reserveVerification(db, userId, ip, now);
  await assertEligibleAge(db, input.idNumber, businessDateOf(now, getClock().zone));
  const idNumberHash = hashPii(input.idNumber);
  const holder = await db.investorProfile.findUnique({ where: { idNumberHash }, select: { userId: true } });
  if (holder && holder.userId !== userId) throw notCompleted();
  const data = {
    realName: input.realName,
    idNumberCipher: encryptPii(input.idNumber),
    idNumberHash,
    idNumberLast4: maskResidentId(input.idNumber).slice(-4),
    phone: input.phone,
    verifiedAt: now,
  };
  try {
    const existing = await db.investorProfile.findUnique({ where: { userId }, select: { verifiedAt: true } });
    if (!existing) {
      const created = await db.investorProfile.create({ data: { userId, ...data } });
      await verificationSucceeded(db, userId, ip, now);
      return created;
    }
    const { count } = await db.investorProfile.updateMany({ where: { userId, verifiedAt: null }, data });
    if (count === 0) throw alreadyVerified();
    await verificationSucceeded(db, userId, ip, now);
    return await db.investorProfile.findUniqueOrThrow({ where: { userId } });
  } catch (error) {
    // Two first submissions racing: the loser's insert hits the primary key (same user) or the ID hash.
    if (isUniqueViolation(error)) {
      const winner = await db.investorProfile.findUnique({ where: { userId }, select: { idNumberHash: true } });
      throw winner ? alreadyVerified() : notCompleted();
    }
    throw error;
  }
}

const alreadyVerified = () => new DomainError("CONFLICT", "already verified");
