import { maskResidentId } from "@/lib/domain/identity/resident-id";
import type { InvestorVerification } from "@/lib/schemas/accounts";
import { getClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { isUniqueViolation } from "@/lib/server/db/unique-violation";
import { DomainError } from "@/lib/server/errors";
import { encryptPii, hashPii } from "@/lib/server/security/pii";
import { reserveVerification, verificationSucceeded } from "./account-throttle";

// Never "this ID number is verified on another account": that would tell anyone whose number is on the
// platform (ASVS 5.0 V6.3.7). The person is told neutrally and customer service can help.
const notCompleted = () => new DomainError("VERIFICATION_FAILED", "ID number held by another account");

/**
 * Stores the investor's real-name data; the ID number only encrypted, with a keyed hash for uniqueness.
 * Verification happens once: a second submission, even one racing the first, is refused (CONFLICT) and
 * never overwrites the verified identity. Every attempt is first charged to the client and the account
 * (account-throttle.ts); `ip` is the client address (clientIpFrom).
 */
export async function verifyInvestor(db: Db, userId: string, input: InvestorVerification, ip: string | null, now = getClock().now()) {
  await reserveVerification(db, userId, ip, now);
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
