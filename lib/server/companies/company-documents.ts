import { randomUUID } from "node:crypto";
import { checkDocument, cleanFileName, MAX_DOCUMENT_BYTES } from "@/lib/domain/documents/document-type";
import { type Actor, verificationOpen } from "@/lib/domain/permissions";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { DomainError, notFound } from "@/lib/server/errors";
import type { FileStorage } from "@/lib/server/storage";
import { can } from "@/lib/shared/capabilities";
import { getOwnCompany } from "./company-profile";

/** Enough for every document kind several times over; stops a script from filling the disk. */
export const MAX_DOCUMENTS_PER_COMPANY = 20;

const PROBLEM_KEYS = { EMPTY: "validation.documentEmpty", TOO_LARGE: "validation.documentTooLarge", WRONG_TYPE: "validation.documentType" };

/** Documents are part of the verification: they can change only before it is submitted. */
function assertDocumentsEditable(company: { status: string; profileCompletedAt: Date | null }) {
  if (!verificationOpen(company)) throw new DomainError("CONFLICT", "documents locked");
}

function tooManyDocuments() {
  return new DomainError("VALIDATION", "too many documents", { file: ["validation.documentTooMany"] });
}

/**
 * Stores the file, then its row; if the row cannot be written the file is removed again, so a failed
 * upload leaves nothing behind. The type is taken from the content, never from the browser.
 *
 * The limit of MAX_DOCUMENTS_PER_COMPANY holds under parallel uploads: the count and the insert run in one
 * transaction holding the company row's lock (SELECT … FOR UPDATE), so concurrent uploads of one company
 * queue up and each counts the rows the previous ones committed.
 */
export async function uploadCompanyDocument(db: Db, storage: FileStorage, userId: string, input: { kind: DocumentKind; file: File }) {
  const company = await getOwnCompany(db, userId);
  assertDocumentsEditable(company);
  // Cheap early refusals, re-checked under the lock below: they spare reading and storing a doomed file.
  if ((await db.companyDocument.count({ where: { companyId: company.id } })) >= MAX_DOCUMENTS_PER_COMPANY) throw tooManyDocuments();
  // Refuse before reading the whole file into memory.
  if (input.file.size > MAX_DOCUMENT_BYTES) {
    throw new DomainError("VALIDATION", "too large", { file: [PROBLEM_KEYS.TOO_LARGE] });
  }
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const checked = checkDocument(bytes);
  if (!checked.ok) throw new DomainError("VALIDATION", checked.problem, { file: [PROBLEM_KEYS[checked.problem]] });

  const storageKey = `companies/${company.id}/${randomUUID()}`;
  await storage.put(storageKey, bytes);
  try {
    return await withTransaction(db, async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Company" WHERE "id" = ${company.id} FOR UPDATE`;
      assertDocumentsEditable(await tx.company.findUniqueOrThrow({ where: { id: company.id } }));
      if ((await tx.companyDocument.count({ where: { companyId: company.id } })) >= MAX_DOCUMENTS_PER_COMPANY) throw tooManyDocuments();
      return tx.companyDocument.create({
        data: {
          companyId: company.id,
          kind: input.kind,
          fileName: cleanFileName(input.file.name),
          mimeType: checked.mime,
          sizeBytes: bytes.length,
          storageKey,
        },
        select: { id: true, kind: true, fileName: true },
      });
    });
  } catch (error) {
    await storage.delete(storageKey);
    throw error;
  }
}

export async function deleteCompanyDocument(db: Db, storage: FileStorage, userId: string, documentId: string) {
  const company = await getOwnCompany(db, userId);
  if (!verificationOpen(company)) throw new DomainError("CONFLICT", "documents locked");
  const document = await db.companyDocument.findFirst({ where: { id: documentId, companyId: company.id } });
  if (!document) throw notFound();
  await db.companyDocument.delete({ where: { id: document.id } });
  await storage.delete(document.storageKey);
}

/**
 * A document's bytes for someone allowed to see it: the owning company, customer service or a supervisor. Anyone else gets
 * NOT_FOUND, exactly as for an id that does not exist.
 */
export async function readCompanyDocument(db: Db, storage: FileStorage, viewer: Actor, documentId: string) {
  // The reviewers only: the admin runs accounts and settings and has no need to see identity documents.
  const isStaff = can(viewer.role, "company.documents.review");
  const document = await db.companyDocument.findFirst({
    where: { id: documentId, ...(isStaff ? {} : { company: { userId: viewer.id } }) },
  });
  if (!document) throw notFound();
  const bytes = await storage.get(document.storageKey);
  if (!bytes) throw notFound();
  return { bytes, mimeType: document.mimeType, fileName: document.fileName };
}
