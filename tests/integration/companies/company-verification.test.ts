import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awaitingVerification } from "@/lib/domain/permissions";
import type { Company, User } from "@/lib/generated/prisma/client";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import { deleteCompanyDocument, readCompanyDocument, uploadCompanyDocument } from "@/lib/server/companies/company-documents";
import { getOwnCompany, updateCompanyProfile } from "@/lib/server/companies/company-profile";
import {
  listCompanyVerificationQueue,
  requestCompanyActivation,
  returnCompanyVerification,
} from "@/lib/server/companies/company-verification-review";
import { submitCompanyForVerification } from "@/lib/server/companies/submit-verification";
import type { Db } from "@/lib/server/db/types";
import { getCompanyRecord } from "@/lib/server/decision-context/company-record";
import { approveReviewRequest, rejectReviewRequest } from "@/lib/server/review-requests";
import { LocalDiskStorage } from "@/lib/server/storage/local-disk-storage";
import { createCompany, createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The smallest files the content sniffer accepts: a PDF header and a PNG signature with a little body.
const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PNG_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
]);
const pdf = (name = "licence.pdf") => new File([PDF_BYTES], name, { type: "application/pdf" });
const png = (name = "id.png") => new File([PNG_BYTES], name, { type: "image/png" });

let database: TestDatabase;
let db: Db;
let root: string;
let storage: LocalDiskStorage;
let cs: User;
let cs2: User;
let sup: User;
let sup2: User;
let admin: User;
let investor: User;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  root = await mkdtemp(path.join(tmpdir(), "company-docs-"));
  storage = new LocalDiskStorage(root);
  cs = await createUser(db, { role: "CUSTOMER_SERVICE" });
  cs2 = await createUser(db, { role: "CUSTOMER_SERVICE" });
  sup = await createUser(db, { role: "SUPERVISOR" });
  sup2 = await createUser(db, { role: "SUPERVISOR" });
  admin = await createUser(db, { role: "ADMIN" });
  investor = await createUser(db, { role: "INVESTOR" });
});
afterAll(async () => {
  await database?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** Every file stored for a company (the keys are companies/<companyId>/<uuid>). */
async function storedFiles(companyId: string): Promise<string[]> {
  try {
    return await readdir(path.join(root, "companies", companyId));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/** A freshly registered company: INVALID, no address, no documents. */
async function newCompany(): Promise<{ user: User; company: Company }> {
  const user = await createUser(db, { role: "COMPANY" });
  const company = await createCompany(db, { userId: user.id, status: "INVALID" });
  return { user, company };
}

const PROFILE = { contactPhone: "13812345678", industry: "制造业", address: "上海市浦东新区世纪大道 100 号", description: "精密零件" };

/** A company with its address and both required documents, submitted for verification. */
async function submittedCompany() {
  const { user, company } = await newCompany();
  await updateCompanyProfile(db, user.id, PROFILE);
  await uploadCompanyDocument(db, storage, user.id, { kind: "BUSINESS_LICENCE", file: pdf() });
  await uploadCompanyDocument(db, storage, user.id, { kind: "LEGAL_REP_ID", file: png() });
  await submitCompanyForVerification(db, user.id);
  return { user, company };
}

const reload = (companyId: string) => db.company.findUniqueOrThrow({ where: { id: companyId } });

describe("uploading a document", () => {
  it("stores a PDF and a PNG, typed from their content, under the company", async () => {
    const { user, company } = await newCompany();
    const licence = await uploadCompanyDocument(db, storage, user.id, { kind: "BUSINESS_LICENCE", file: pdf("营业执照.pdf") });
    // The browser's claimed type is ignored: a PNG sent as application/pdf is stored as image/png.
    const id = await uploadCompanyDocument(db, storage, user.id, {
      kind: "LEGAL_REP_ID",
      file: new File([PNG_BYTES], "id.pdf", { type: "application/pdf" }),
    });
    const rows = await db.companyDocument.findMany({ where: { companyId: company.id }, orderBy: { uploadedAt: "asc" } });
    expect(rows.map((r) => [r.id, r.kind, r.mimeType, r.fileName, r.sizeBytes])).toEqual([
      [licence.id, "BUSINESS_LICENCE", "application/pdf", "营业执照.pdf", PDF_BYTES.length],
      [id.id, "LEGAL_REP_ID", "image/png", "id.pdf", PNG_BYTES.length],
    ]);
    expect(await storedFiles(company.id)).toHaveLength(2);
    expect(await storage.get(rows[0].storageKey)).toEqual(PDF_BYTES);
  });

  const refusals: { what: string; file: () => File; key: string }[] = [
    {
      what: "an HTML page named .pdf",
      file: () =>
        new File(["<!doctype html><html><body><script>alert(1)</script></body></html>"], "licence.pdf", { type: "application/pdf" }),
      key: "validation.documentType",
    },
    {
      what: "a file over 5 MB (even with a valid PDF header)",
      file: () => {
        const bytes = new Uint8Array(5 * 1024 * 1024 + 1);
        bytes.set(PDF_BYTES);
        return new File([bytes], "big.pdf", { type: "application/pdf" });
      },
      key: "validation.documentTooLarge",
    },
    { what: "an empty file", file: () => new File([], "empty.pdf", { type: "application/pdf" }), key: "validation.documentEmpty" },
  ];
  for (const { what, file, key } of refusals) {
    it(`refuses ${what} with ${key}, storing no row and no file`, async () => {
      const { user, company } = await newCompany();
      await expect(uploadCompanyDocument(db, storage, user.id, { kind: "BUSINESS_LICENCE", file: file() })).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { file: [key] },
      });
      expect(await db.companyDocument.count({ where: { companyId: company.id } })).toBe(0);
      expect(await storedFiles(company.id)).toEqual([]);
    });
  }

  it("a file of exactly 5 MB is accepted", async () => {
    const { user, company } = await newCompany();
    const bytes = new Uint8Array(5 * 1024 * 1024);
    bytes.set(PDF_BYTES);
    await uploadCompanyDocument(db, storage, user.id, { kind: "OTHER", file: new File([bytes], "max.pdf") });
    expect(await db.companyDocument.count({ where: { companyId: company.id } })).toBe(1);
    expect(await storedFiles(company.id)).toHaveLength(1);
  });

  it("a user without a company (an investor) cannot upload: NOT_FOUND, nothing stored", async () => {
    const before = await db.companyDocument.count();
    await expect(uploadCompanyDocument(db, storage, investor.id, { kind: "OTHER", file: pdf() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.companyDocument.count()).toBe(before);
  });

  it("deleting removes both the row and the file; another company's document is NOT_FOUND", async () => {
    const a = await newCompany();
    const b = await newCompany();
    const document = await uploadCompanyDocument(db, storage, a.user.id, { kind: "OTHER", file: pdf() });
    await expect(deleteCompanyDocument(db, storage, b.user.id, document.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await storedFiles(a.company.id)).toHaveLength(1);
    await deleteCompanyDocument(db, storage, a.user.id, document.id);
    expect(await db.companyDocument.count({ where: { companyId: a.company.id } })).toBe(0);
    expect(await storedFiles(a.company.id)).toEqual([]);
  });
});

describe("reading a document", () => {
  it("gives the bytes to the owning company and to staff, and NOT_FOUND to another company and to an investor", async () => {
    const owner = await newCompany();
    const other = await newCompany();
    const document = await uploadCompanyDocument(db, storage, owner.user.id, { kind: "BUSINESS_LICENCE", file: pdf("licence.pdf") });

    for (const viewer of [owner.user, cs, sup]) {
      const read = await readCompanyDocument(db, storage, viewer, document.id);
      expect(read).toEqual({ bytes: PDF_BYTES, mimeType: "application/pdf", fileName: "licence.pdf" });
    }
    for (const viewer of [other.user, investor]) {
      await expect(readCompanyDocument(db, storage, viewer, document.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // Exactly the answer for an id that does not exist, so ids cannot be probed.
    await expect(readCompanyDocument(db, storage, owner.user, "no-such-document")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("submitting for verification", () => {
  it("needs the address and both the business licence and the legal representative's ID", async () => {
    const { user, company } = await newCompany();
    await expect(submitCompanyForVerification(db, user.id)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { address: ["validation.addressRequired"], documents: ["validation.documentsMissing"] },
    });

    await updateCompanyProfile(db, user.id, PROFILE);
    await uploadCompanyDocument(db, storage, user.id, { kind: "BUSINESS_LICENCE", file: pdf() });
    // An optional document does not stand in for a required one.
    await uploadCompanyDocument(db, storage, user.id, { kind: "OTHER", file: png() });
    const error = await submitCompanyForVerification(db, user.id).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { documents: ["validation.documentsMissing"] } });
    expect((error as { fieldErrors: Record<string, unknown> }).fieldErrors).not.toHaveProperty("address");
    expect((await reload(company.id)).profileCompletedAt).toBeNull();

    await uploadCompanyDocument(db, storage, user.id, { kind: "LEGAL_REP_ID", file: png() });
    await submitCompanyForVerification(db, user.id);
    const submitted = await reload(company.id);
    expect(submitted.status).toBe("INVALID");
    expect(submitted.profileCompletedAt).toBeInstanceOf(Date);
    expect(awaitingVerification(submitted)).toBe(true);
    expect((await listCompanyVerificationQueue(db, 1, 100)).items.map((c) => c.id)).toContain(company.id);
  });

  it("while waiting, the profile and documents are locked and it cannot be submitted twice", async () => {
    const { user, company } = await submittedCompany();
    await expect(updateCompanyProfile(db, user.id, { ...PROFILE, address: "changed" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(uploadCompanyDocument(db, storage, user.id, { kind: "OTHER", file: pdf() })).rejects.toMatchObject({ code: "CONFLICT" });
    const [first] = await db.companyDocument.findMany({ where: { companyId: company.id } });
    await expect(deleteCompanyDocument(db, storage, user.id, first.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(submitCompanyForVerification(db, user.id)).rejects.toMatchObject({ code: "CONFLICT" });
    const after = await reload(company.id);
    expect(after.address).toBe(PROFILE.address);
    expect(await db.companyDocument.count({ where: { companyId: company.id } })).toBe(2);
  });
});

describe("customer service returns a verification", () => {
  it("the company sees the reason, can edit again and resubmit; the return is audited", async () => {
    const { user, company } = await submittedCompany();
    await returnCompanyVerification(db, cs, company.id, "营业执照照片模糊，请重新上传");

    const returned = await getOwnCompany(db, user.id);
    expect(returned.verificationComment).toBe("营业执照照片模糊，请重新上传");
    expect(returned.profileCompletedAt).toBeNull();
    expect(returned.status).toBe("INVALID");
    expect(awaitingVerification(returned)).toBe(false);
    expect((await listCompanyVerificationQueue(db, 1, 100)).items.map((c) => c.id)).not.toContain(company.id);
    expect(await db.auditLog.findMany({ where: { targetId: company.id, action: { not: "COMPANY_PROFILE_UPDATED" } } })).toMatchObject([
      { action: "COMPANY_VERIFICATION_RETURNED", actorId: cs.id, data: { reason: "营业执照照片模糊，请重新上传" } },
    ]);

    // Editable again: new address, the blurry licence replaced. Profile edits are audited, before and after.
    await updateCompanyProfile(db, user.id, { ...PROFILE, address: "上海市徐汇区漕溪北路 1 号" });
    const profileEdits = await db.auditLog.findMany({
      where: { targetId: company.id, action: "COMPANY_PROFILE_UPDATED" },
      orderBy: { id: "desc" },
    });
    expect(profileEdits[0]).toMatchObject({
      actorId: user.id,
      data: { before: { address: PROFILE.address }, after: { address: "上海市徐汇区漕溪北路 1 号" } },
    });
    const licence = await db.companyDocument.findFirstOrThrow({ where: { companyId: company.id, kind: "BUSINESS_LICENCE" } });
    await deleteCompanyDocument(db, storage, user.id, licence.id);
    await uploadCompanyDocument(db, storage, user.id, { kind: "BUSINESS_LICENCE", file: pdf("clear.pdf") });
    await submitCompanyForVerification(db, user.id);

    const resubmitted = await reload(company.id);
    expect(resubmitted.address).toBe("上海市徐汇区漕溪北路 1 号");
    expect(resubmitted.verificationComment).toBeNull();
    expect(awaitingVerification(resubmitted)).toBe(true);
  });

  it("only customer service may return, only a waiting company, and not while an activation request is pending", async () => {
    const { company } = await submittedCompany();
    await expect(returnCompanyVerification(db, sup, company.id, "x")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(returnCompanyVerification(db, investor, company.id, "x")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const fresh = await newCompany();
    await expect(returnCompanyVerification(db, cs, fresh.company.id, "x")).rejects.toMatchObject({ code: "CONFLICT" });
    await requestCompanyActivation(db, cs, company.id, "证件齐全");
    await expect(returnCompanyVerification(db, cs2, company.id, "x")).rejects.toMatchObject({ code: "DUPLICATE_PENDING_REQUEST" });
    expect(awaitingVerification(await reload(company.id))).toBe(true);
  });
});

describe("activation: customer service requests, a supervisor approves", () => {
  it("the company becomes NORMAL with activatedAt, with history and audit rows for the request and the company", async () => {
    const { company } = await submittedCompany();
    const request = await requestCompanyActivation(db, cs, company.id, "证件核验无误");
    expect(request).toMatchObject({ status: "PENDING", targetType: "COMPANY", targetId: company.id, action: "ACTIVATE", makerId: cs.id });
    const queued = await listCompanyVerificationQueue(db, 1, 100);
    expect(queued.items.find((c) => c.id === company.id)?.activationPending).toBe(true);
    expect((await reload(company.id)).status).toBe("INVALID");

    const before = new Date();
    await approveReviewRequest(db, { checker: sup, requestId: request.id, decisionReason: "同意" });

    const active = await reload(company.id);
    expect(active.status).toBe("NORMAL");
    expect(active.activatedAt).toBeInstanceOf(Date);
    expect(active.activatedAt?.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(active.verificationComment).toBeNull();
    expect(await db.reviewRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "APPROVED",
      checkerId: sup.id,
      decisionReason: "同意",
    });

    const companyHistory = await db.statusHistory.findMany({ where: { entityType: "COMPANY", entityId: company.id } });
    expect(companyHistory).toMatchObject([
      { fromStatus: "INVALID", toStatus: "NORMAL", event: "ACTIVATE", actorId: sup.id, reason: "证件核验无误" },
    ]);
    const requestHistory = await db.statusHistory.findMany({
      where: { entityType: "REVIEW_REQUEST", entityId: request.id },
      orderBy: { id: "asc" },
    });
    expect(requestHistory.map((h) => [h.event, h.toStatus, h.actorId])).toEqual([
      ["CREATE", "PENDING", cs.id],
      ["APPROVE", "APPROVED", sup.id],
    ]);
    const audit = await db.auditLog.findMany({
      where: { targetId: { in: [company.id, request.id] }, action: { not: "COMPANY_PROFILE_UPDATED" } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["REVIEW_REQUEST.CREATE", cs.id],
      ["REVIEW_REQUEST.APPROVE", sup.id],
      ["COMPANY.ACTIVATE", sup.id],
    ]);
    // Staff see the decided request with the company; it has left the verification queue.
    const forStaff = await getCompanyRecord(db, company.id);
    expect(forStaff.requests.map((r) => r.status)).toEqual(["APPROVED"]);
    expect((await listCompanyVerificationQueue(db, 1, 100)).items.map((c) => c.id)).not.toContain(company.id);
  });

  it("approval by customer service (the maker or another CS) is FORBIDDEN; by the maker promoted to supervisor is SELF_APPROVAL", async () => {
    const { company } = await submittedCompany();
    const maker = await createUser(db, { role: "CUSTOMER_SERVICE" });
    const request = await requestCompanyActivation(db, maker, company.id, "证件核验无误");

    await expect(approveReviewRequest(db, { checker: maker, requestId: request.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(approveReviewRequest(db, { checker: cs2, requestId: request.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(approveReviewRequest(db, { checker: admin, requestId: request.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await db.user.update({ where: { id: maker.id }, data: { role: "SUPERVISOR" } });
    await expect(approveReviewRequest(db, { checker: { id: maker.id, role: "SUPERVISOR" }, requestId: request.id })).rejects.toMatchObject({
      code: "SELF_APPROVAL",
    });

    const unchanged = await reload(company.id);
    expect(unchanged.status).toBe("INVALID");
    expect(unchanged.activatedAt).toBeNull();
    expect((await db.reviewRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
    expect(await db.statusHistory.count({ where: { entityType: "COMPANY", entityId: company.id } })).toBe(0);

    // A different supervisor can still decide it.
    await approveReviewRequest(db, { checker: sup2, requestId: request.id });
    expect((await reload(company.id)).status).toBe("NORMAL");
  });

  it("a rejected request goes back to the company with the supervisor's reason; after resubmitting, a new request can be filed", async () => {
    const { user, company } = await submittedCompany();
    const request = await requestCompanyActivation(db, cs, company.id, "证件核验无误");
    await expect(requestCompanyActivation(db, cs2, company.id, "again")).rejects.toMatchObject({ code: "DUPLICATE_PENDING_REQUEST" });
    await rejectReviewRequest(db, { checker: sup, requestId: request.id, decisionReason: "法人身份证已过期" });
    const after = await reload(company.id);
    expect(after.status).toBe("INVALID");
    expect(after.activatedAt).toBeNull();
    expect(awaitingVerification(after)).toBe(false);
    expect(after.verificationComment).toBe("法人身份证已过期");
    expect((await db.reviewRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("REJECTED");
    await expect(requestCompanyActivation(db, cs2, company.id, "not resubmitted")).rejects.toMatchObject({ code: "GUARD_FAILED" });
    await submitCompanyForVerification(db, user.id);
    expect((await reload(company.id)).verificationComment).toBeNull();
    const second = await requestCompanyActivation(db, cs2, company.id, "已核对新证件");
    expect(second.status).toBe("PENDING");
  });

  it("a company that has not submitted (or lacks a document) cannot be put up for activation", async () => {
    const { user, company } = await newCompany();
    await expect(requestCompanyActivation(db, cs, company.id, "looks fine")).rejects.toMatchObject({ code: "GUARD_FAILED" });
    await updateCompanyProfile(db, user.id, PROFILE);
    await uploadCompanyDocument(db, storage, user.id, { kind: "BUSINESS_LICENCE", file: pdf() });
    await expect(requestCompanyActivation(db, cs, company.id, "looks fine")).rejects.toMatchObject({ code: "GUARD_FAILED" });
    // Only customer service files requests.
    const submitted = await submittedCompany();
    await expect(requestCompanyActivation(db, sup, submitted.company.id, "x")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.reviewRequest.count({ where: { targetId: { in: [company.id, submitted.company.id] } } })).toBe(0);
  });
});

describe("document kinds", () => {
  it("every kind the form offers is accepted", async () => {
    const { user, company } = await newCompany();
    const kinds: DocumentKind[] = ["BUSINESS_LICENCE", "LEGAL_REP_ID", "BANK_ACCOUNT_PERMIT", "OTHER"];
    for (const kind of kinds) await uploadCompanyDocument(db, storage, user.id, { kind, file: pdf() });
    expect((await db.companyDocument.findMany({ where: { companyId: company.id } })).map((d) => d.kind).sort()).toEqual([...kinds].sort());
  });
});
