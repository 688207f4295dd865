import type { CompanyRegistration } from "@/lib/schemas/accounts";
import type { Db } from "@/lib/server/db/types";
import { isUniqueViolation } from "@/lib/server/db/unique-violation";
import { hashPassword } from "@/lib/server/security/passwords";

/**
 * A new company account starts INVALID; staff activate it after checking its documents (DESIGN §4).
 * Returns null, creating nothing, when the e-mail or the credit code is already registered: the caller gives
 * the same answer as for a new account, so the form never tells whether an e-mail or a company is on the
 * platform (ASVS 5.0 V6.3.7). The password is hashed first in both cases; a lost race is also just null.
 */
export async function registerCompany(db: Db, input: CompanyRegistration) {
  const passwordHash = await hashPassword(input.password);
  const [emailUser, sameCode] = await Promise.all([
    db.user.findUnique({ where: { email: input.email }, select: { id: true } }),
    db.company.findUnique({ where: { creditCode: input.creditCode }, select: { id: true } }),
  ]);
  if (emailUser || sameCode) return null;
  try {
    return await db.user.create({
      data: {
        email: input.email,
        passwordHash,
        role: "COMPANY",
        displayName: input.companyName,
        company: {
          create: {
            name: input.companyName,
            creditCode: input.creditCode,
            legalRepresentative: input.legalRepresentative,
            contactPhone: input.contactPhone,
            industry: input.industry,
            registeredCapitalFen: input.registeredCapital,
            status: "INVALID",
          },
        },
      },
      select: { id: true, email: true, role: true, company: { select: { id: true, status: true } } },
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}
