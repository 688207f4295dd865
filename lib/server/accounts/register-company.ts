import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { checkCreditCode, creditCodeCheckCharacter } from "@/lib/domain/identity/credit-code";
import type { CompanyRegistration } from "@/lib/schemas/accounts";
import { writeAudit } from "@/lib/server/audit";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { isUniqueViolation } from "@/lib/server/db/unique-violation";
import { DomainError } from "@/lib/server/errors";
import { hashPassword } from "@/lib/server/security/passwords";

/**
 * Some companies hold codes issued before GB 32100-2015 whose check character does not verify. Such a code
 * is accepted only when the company confirmed it as printed on its licence; the company is then flagged for
 * customer service. Returns whether the code is flagged.
 */
function creditCodeChecksumUnverified(input: CompanyRegistration): boolean {
  const check = checkCreditCode(input.creditCode);
  if (check.ok) return false;
  if (check.problem === "CHECK_CHARACTER" && input.creditCodeConfirmed) return true;
  throw new DomainError("VALIDATION", `credit code ${check.problem}`, { creditCode: [`validation.creditCode${check.problem}`] });
}

/**
 * A new company account starts INVALID; staff activate it after checking its documents (DESIGN §4).
 * Returns null, creating nothing, when the e-mail or the credit code is already registered: the caller gives
 * the same answer as for a new account, so the form never tells whether an e-mail or a company is on the
 * platform (ASVS 5.0 V6.3.7). The password is hashed first in both cases; a lost race is also just null.
 * `locale`: the registration page's, the language of the company's notices and e-mails.
 */
export async function registerCompany(db: Db, input: CompanyRegistration, locale: Locale = DEFAULT_LOCALE) {
  const checksumUnverified = creditCodeChecksumUnverified(input);
  const passwordHash = await hashPassword(input.password);
  const [emailUser, sameCode] = await Promise.all([
    db.user.findUnique({ where: { email: input.email }, select: { id: true } }),
    db.company.findUnique({ where: { creditCode: input.creditCode }, select: { id: true } }),
  ]);
  if (emailUser || sameCode) return null;
  try {
    return await withTransaction(db, async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          passwordHash,
          role: "COMPANY",
          displayName: input.companyName,
          locale,
          company: {
            create: {
              name: input.companyName,
              creditCode: input.creditCode,
              creditCodeChecksumUnverified: checksumUnverified,
              legalRepresentative: input.legalRepresentative,
              contactPhone: input.contactPhone,
              industry: input.industry,
              registeredCapitalFen: input.registeredCapital,
              status: "INVALID",
            },
          },
        },
        select: { id: true, email: true, role: true, company: { select: { id: true, status: true, creditCodeChecksumUnverified: true } } },
      });
      if (checksumUnverified && user.company) {
        await writeAudit(tx, {
          actorId: user.id,
          action: "COMPANY_CREDIT_CODE_CHECKSUM_CONFIRMED",
          targetType: "COMPANY",
          targetId: user.company.id,
          data: { creditCode: input.creditCode, computedCheckCharacter: creditCodeCheckCharacter(input.creditCode.slice(0, 17)) },
        });
      }
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}
