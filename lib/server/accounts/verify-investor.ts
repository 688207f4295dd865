import { maskResidentId } from "@/lib/domain/identity/resident-id";
import type { InvestorVerification } from "@/lib/schemas/accounts";
import type { Db } from "@/lib/server/db/types";
import { isUniqueViolation } from "@/lib/server/db/unique-violation";
import { DomainError } from "@/lib/server/errors";
import { encryptPii, hashPii } from "@/lib/server/security/pii";

const idTaken = () => new DomainError("VALIDATION", "ID number taken", { idNumber: ["validation.residentIdTaken"] });

/** Stores the investor's real-name data; the ID number only encrypted, with a keyed hash for uniqueness. */
export async function verifyInvestor(db: Db, userId: string, input: InvestorVerification) {
  const idNumberHash = hashPii(input.idNumber);
  const holder = await db.investorProfile.findUnique({ where: { idNumberHash }, select: { userId: true } });
  if (holder && holder.userId !== userId) throw idTaken();
  const existing = await db.investorProfile.findUnique({ where: { userId }, select: { verifiedAt: true } });
  if (existing?.verifiedAt) throw new DomainError("CONFLICT", "already verified");
  const data = {
    realName: input.realName,
    idNumberCipher: encryptPii(input.idNumber),
    idNumberHash,
    idNumberLast4: maskResidentId(input.idNumber).slice(-4),
    phone: input.phone,
    verifiedAt: new Date(),
  };
  try {
    return await db.investorProfile.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  } catch (error) {
    if (isUniqueViolation(error)) throw idTaken();
    throw error;
  }
}
