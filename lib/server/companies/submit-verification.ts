import { verificationOpen } from "@/lib/domain/permissions";
import { REQUIRED_DOCUMENT_KINDS } from "@/lib/schemas/companies";
import { type Clock, getClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { getOwnCompany } from "./company-profile";

/** The company asks staff to verify it: needs an address and the required documents. */
export async function submitCompanyForVerification(db: Db, userId: string, clock: Clock = getClock()) {
  const company = await getOwnCompany(db, userId);
  if (!verificationOpen(company)) throw new DomainError("CONFLICT", "not awaiting submission");
  const fieldErrors: Record<string, string[]> = {};
  if (!company.address) fieldErrors.address = ["validation.addressRequired"];
  if ((await missingDocumentKinds(db, company.id)).length) fieldErrors.documents = ["validation.documentsMissing"];
  if (Object.keys(fieldErrors).length) throw new DomainError("VALIDATION", "incomplete", fieldErrors);
  return db.company.update({
    where: { id: company.id },
    data: { profileCompletedAt: clock.now(), verificationComment: null },
  });
}

/** True when the company has submitted its profile with every required document: the ACTIVATE guard's fact. */
export async function hasVerifiableDocuments(db: Pick<Db, "companyDocument">, company: { id: string; profileCompletedAt: Date | null }) {
  return company.profileCompletedAt !== null && (await missingDocumentKinds(db, company.id)).length === 0;
}

/** The required document kinds the company has not uploaded yet. */
async function missingDocumentKinds(db: Pick<Db, "companyDocument">, companyId: string) {
  const rows = await db.companyDocument.findMany({ where: { companyId }, select: { kind: true } });
  const kinds = new Set(rows.map((d) => d.kind));
  return REQUIRED_DOCUMENT_KINDS.filter((kind) => !kinds.has(kind));
}
