import { checkCreditCode, creditCodeCheckCharacter } from "@/lib/domain/identity/credit-code";
import type { CompanyRegistration } from "@/lib/schemas/accounts";
import { writeAudit } from "@/lib/server/audit";
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

/** A new company account starts INVALID; staff activate it after checking its documents (DESIGN §4). */
export async function registerCompany(db: Db, input: CompanyRegistration) {
  const checksumUnverified = creditCodeChecksumUnverified(input);
  const duplicate = await duplicateError(db, input);
  if (duplicate) throw duplicate;

  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          passwordHash,
          role: "COMPANY",
          displayName: input.companyName,
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
    // Lost a race with another registration: name the taken field, as the check above would have.
    if (isUniqueViolation(error)) throw (await duplicateError(db, input)) ?? new DomainError("CONFLICT", "duplicate company");
    throw error;
  }
}
