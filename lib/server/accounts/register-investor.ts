import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import type { InvestorRegistration } from "@/lib/schemas/accounts";
import type { Db } from "@/lib/server/db/types";
import { isUniqueViolation } from "@/lib/server/db/unique-violation";
import { hashPassword } from "@/lib/server/security/passwords";

/**
 * Creates an investor account, or returns null when the e-mail is already registered. The caller gives the
 * same answer either way (no account enumeration, ASVS 5.0 V6.3.7), so the password is hashed first in both
 * cases and a lost race for the e-mail is also just null. `locale`: the registration page's, the language of
 * the user's notices and e-mails.
 */
export async function registerInvestor(db: Db, input: InvestorRegistration, locale: Locale = DEFAULT_LOCALE) {
  const passwordHash = await hashPassword(input.password);
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) return null;
  try {
    return await db.user.create({
      data: { email: input.email, passwordHash, role: "INVESTOR", displayName: input.email.split("@")[0], locale },
      select: { id: true, email: true, role: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}
