import { maskResidentId } from "@/lib/domain/identity/resident-id";
import type { InvestorVerification } from "@/lib/schemas/accounts";
import { getClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { isUniqueViolation } from "@/lib/server/db/unique-violation";
import { DomainError } from "@/lib/server/errors";
import { encryptPii, hashPii } from "@/lib/server/security/pii";

const idTaken = () => new DomainError("VALIDATION", "ID number taken", { idNumber: ["validation.residentIdTaken"] });

/**
 * Stores the investor's real-name data; the ID number only encrypted, with a keyed hash for uniqueness.
 * Verification happens once: a second submission, even one racing the first, is refused (CONFLICT) and
 * never overwrites the verified identity.
 */
export async function verifyInvestor(db: Db, userId: string, input: InvestorVerification) {
  const idNumberHash = hashPii(input.idNumber);
  const holder = await db.investorProfile.findUnique({ where: { idNumberHash }, select: { userId: true } });
  if (holder && holder.userId !== userId) throw idTaken();
  const data = {
    realName: input.realName,
    idNumberCipher: encryptPii(input.idNumber),
    idNumberHash,
    idNumberLast4: maskResidentId(input.idNumber).slice(-4),
    phone: input.phone,
    verifiedAt: getClock().now(),
  };
  try {
    const existing = await db.investorProfile.findUnique({ where: { userId }, select: { verifiedAt: true } });
    if (!existing) return await db.investorProfile.create({ data: { userId, ...data } });
    const { count } = await db.investorProfile.updateMany({ where: { userId, verifiedAt: null }, data });
    if (count === 0) throw alreadyVerified();
    return await db.investorProfile.findUniqueOrThrow({ where: { userId } });
  } catch (error) {
    // Two first submissions racing: the loser's insert hits the primary key (same user) or the ID hash.
    if (isUniqueViolation(error)) {
      const winner = await db.investorProfile.findUnique({ where: { userId }, select: { idNumberHash: true } });
      throw winner ? alreadyVerified() : idTaken();
    }
    throw error;
  }
}

const alreadyVerified = () => new DomainError("CONFLICT", "already verified");
