import type { CompanyRegistration } from "@/lib/schemas/accounts";
import type { Db } from "@/lib/server/db/types";
import { isUniqueViolation } from "@/lib/server/db/unique-violation";
import { DomainError } from "@/lib/server/errors";
import { hashPassword } from "@/lib/server/security/passwords";

async function duplicateError(db: Db, input: CompanyRegistration): Promise<DomainError | null> {
  const [emailUser, sameCode] = await Promise.all([
    db.user.findUnique({ where: { email: input.email }, select: { id: true } }),
    db.company.findUnique({ where: { creditCode: input.creditCode }, select: { id: true } }),
  ]);
  const fieldErrors: Record<string, string[]> = {};
  if (emailUser) fieldErrors.email = ["validation.emailTaken"];
  if (sameCode) fieldErrors.creditCode = ["validation.creditCodeTaken"];
  return Object.keys(fieldErrors).length ? new DomainError("VALIDATION", "duplicate company", fieldErrors) : null;
}

/** A new company account starts INVALID; staff activate it after checking its documents (DESIGN §4). */
export async function registerCompany(db: Db, input: CompanyRegistration) {
  const duplicate = await duplicateError(db, input);
  if (duplicate) throw duplicate;

  const passwordHash = await hashPassword(input.password);
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
    // Lost a race with another registration: name the taken field, as the check above would have.
    if (isUniqueViolation(error)) throw (await duplicateError(db, input)) ?? new DomainError("CONFLICT", "duplicate company");
    throw error;
  }
}
