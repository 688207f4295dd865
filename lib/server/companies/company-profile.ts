import { awaitingVerification } from "@/lib/domain/permissions";
import type { CompanyProfileInput } from "@/lib/schemas/companies";
import { writeAudit } from "@/lib/server/audit";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { DomainError, notFound } from "@/lib/server/errors";

/** The signed-in company's own row; a company user without one is a broken account, answered as 404. */
export async function getOwnCompany(db: Db, userId: string) {
  const company = await db.company.findUnique({ where: { userId } });
  if (!company) throw notFound();
  return company;
}

export async function updateCompanyProfile(db: Db, userId: string, input: CompanyProfileInput) {
  const company = await getOwnCompany(db, userId);
  // While staff review the verification, the submitted profile stays as submitted.
  if (awaitingVerification(company)) throw new DomainError("CONFLICT", "verification in progress");
  const data = {
    contactPhone: input.contactPhone,
    industry: input.industry,
    address: input.address,
    description: input.description ?? null,
  };
  // A verified company's details are shown to investors: every change is kept in the audit log.
  return withTransaction(db, async (tx) => {
    const updated = await tx.company.update({ where: { id: company.id }, data });
    await writeAudit(tx, {
      actorId: userId,
      action: "COMPANY_PROFILE_UPDATED",
      targetType: "COMPANY",
      targetId: company.id,
      data: {
        before: {
          contactPhone: company.contactPhone,
          industry: company.industry,
          address: company.address,
          description: company.description,
        },
        after: data,
      },
    });
    return updated;
  });
}
