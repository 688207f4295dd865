import type { BusinessDate } from "@/lib/domain/dates";
import { ageOn, fromIsoDate } from "@/lib/domain/identity/plain-date";
import { residentIdBirthDate } from "@/lib/domain/identity/resident-id";
import type { DbOrTx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { decryptPii } from "@/lib/server/security/pii";
import { getIdentityRules } from "@/lib/server/settings/identity-rules";

/**
 * May this user invest on the business date `today`: real-name verified (NOT_VERIFIED otherwise) and of
 * the platform's minimum investor age (identityRules setting, default 18) counted from the birth date in
 * the verified ID number (UNDERAGE, params { minimumAge }). Age is checked again at every investment, not
 * only at verification: a rule raised later applies to everyone from then on.
 */
export async function assertInvestorEligible(db: DbOrTx, investorId: string, today: BusinessDate): Promise<void> {
  const [profile, rules] = await Promise.all([
    db.investorProfile.findUnique({ where: { userId: investorId }, select: { verifiedAt: true, idNumberCipher: true } }),
    getIdentityRules(db),
  ]);
  if (!profile?.verifiedAt) throw new DomainError("NOT_VERIFIED", "The investor is not verified");
  const birth = residentIdBirthDate(decryptPii(profile.idNumberCipher));
  if (ageOn(birth, fromIsoDate(today)) < rules.minimumInvestorAge) {
    throw new DomainError("UNDERAGE", "The investor is under age", {}, { minimumAge: rules.minimumInvestorAge });
  }
}
