import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_DOCUMENTS_PER_COMPANY, uploadCompanyDocument } from "@/lib/server/companies/company-documents";
import { isDomainError } from "@/lib/server/errors";
import { LocalDiskStorage } from "@/lib/server/storage/local-disk-storage";
import { createCompany, createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
const pdf = (name: string) => new File([PDF_BYTES], name, { type: "application/pdf" });

// PGlite has a single connection: races there prove nothing, so this runs on PostgreSQL only.
describe("the per-company document limit under parallel uploads (PostgreSQL)", () => {
  let db: TestDatabase;
  let root: string;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 15 });
    root = await mkdtemp(path.join(tmpdir(), "document-limit-"));
  });
  afterAll(async () => {
    await db?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("two free places and twelve simultaneous uploads: two stored, ten refused, no file left behind", async () => {
    const storage = new LocalDiskStorage(root);
    const user = await createUser(db.prisma, { role: "COMPANY" });
    const company = await createCompany(db.prisma, { userId: user.id, status: "INVALID" });
    for (let i = 0; i < MAX_DOCUMENTS_PER_COMPANY - 2; i++) {
      await uploadCompanyDocument(db.prisma, storage, user.id, { kind: "OTHER", file: pdf(`before-${i}.pdf`) });
    }

    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        uploadCompanyDocument(db.prisma, storage, user.id, { kind: "OTHER", file: pdf(`race-${i}.pdf`) }),
      ),
    );

    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(2);
    for (const outcome of outcomes) {
      if (outcome.status === "rejected") {
        expect(isDomainError(outcome.reason) && outcome.reason.fieldErrors).toEqual({ file: ["validation.documentTooMany"] });
      }
    }
    expect(await db.prisma.companyDocument.count({ where: { companyId: company.id } })).toBe(MAX_DOCUMENTS_PER_COMPANY);
    expect(await readdir(path.join(root, "companies", company.id))).toHaveLength(MAX_DOCUMENTS_PER_COMPANY);
  });
});
