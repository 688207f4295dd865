import type { BusinessDate } from "@/lib/domain/dates";
import { ageOn, fromIsoDate } from "@/lib/domain/identity/plain-date";
import { residentIdBirthDate } from "@/lib/domain/identity/resident-id";
import { DomainError } from "@/lib/server/errors";
import { decryptPii } from "@/lib/server/security/pii";
import type { IdentityRules } from "@/lib/server/settings/identity-rules";

/**
 * Why this investor may not invest on the business date `today`, or null: not real-name verified
 * (NOT_VERIFIED), or younger than the platform's minimum investor age (identityRules, default 18) counted from
 * the birth date in the verified ID number (UNDERAGE, params { minimumAge }). Age is checked at every
 * investment, not only at verification: a rule raised later applies to everyone from then on.
 */
export function eligibilityRefusal(
  profile: { verifiedAt: Date | null; idNumberCipher: string } | null,
  rules: IdentityRules,
  today: BusinessDate,
): DomainError | null {
  if (!profile?.verifiedAt) return new DomainError("NOT_VERIFIED", "The investor is not verified");
  const birth = residentIdBirthDate(decryptPii(profile.idNumberCipher));
  if (ageOn(birth, fromIsoDate(today)) < rules.minimumInvestorAge) {
    return new DomainError("UNDERAGE", "The investor is under age", {}, { minimumAge: rules.minimumInvestorAge });
  }
  return null;
}
