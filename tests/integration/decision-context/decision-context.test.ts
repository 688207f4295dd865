import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db/types";
import { loadApprovalSubjects } from "@/lib/server/decision-context/approval-subjects";
import { getCompanyRecord } from "@/lib/server/decision-context/company-record";
import { loadCompanyRecords, RECORD_LIMITS } from "@/lib/server/decision-context/company-records";
import { getLoanReviewContext } from "@/lib/server/decision-context/loan-review-context";
import { createCompany, createLoanProject, createUser } from "../support/factories";
import { createOpenDifference } from "../support/open-difference";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let db: Db;
let cs: User;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  cs = await createUser(db, { role: "CUSTOMER_SERVICE", displayName: "客服小王" });
});
afterAll(async () => {
  await database?.close();
});

const at = (iso: string) => new Date(iso);

/** A company awaiting activation, with two documents, a status change and two loan projects. */
async function companyWithRecord() {
  const company = await createCompany(db, {
    status: "NORMAL",
    activatedAt: at("2026-11-20T02:00:00Z"),
    profileCompletedAt: at("2026-11-19T02:00:00Z"),
    description: "A maker of bicycle parts",
  });
  for (const [kind, fileName, uploadedAt] of [
    ["LEGAL_REP_ID", "id-card.png", "2026-11-18T03:00:00Z"],
    ["BUSINESS_LICENCE", "licence.pdf", "2026-11-18T02:00:00Z"],
  ] as const) {
    await db.companyDocument.create({
      data: {
        companyId: company.id,
        kind,
        fileName,
        mimeType: fileName.endsWith(".pdf") ? "application/pdf" : "image/png",
        sizeBytes: 1000,
        storageKey: `${company.id}/${fileName}`,
        uploadedAt: at(uploadedAt),
      },
    });
  }
  await db.statusHistory.create({
    data: {
      entityType: "COMPANY",
      entityId: company.id,
      fromStatus: "INVALID",
      toStatus: "NORMAL",
      event: "ACTIVATE",
      actorId: cs.id,
      reason: "licence checked",
      createdAt: at("2026-11-20T02:00:00Z"),
    },
  });
  const older = await createLoanProject(db, {
    companyId: company.id,
    title: "Older",
    status: "REPAYING",
    createdAt: at("2026-11-21T00:00:00Z"),
  });
  const newer = await createLoanProject(db, {
    companyId: company.id,
    title: "Newer",
    status: "PENDING_FINAL_REVIEW",
    createdAt: at("2026-11-22T00:00:00Z"),
  });
  return { company, older, newer };
}

describe("loadCompanyRecords / getCompanyRecord", () => {
  it("gives the profile, activation date, documents, history, loan record and requests with the maker's reason", async () => {
    const { company, older, newer } = await companyWithRecord();
    const other = await companyWithRecord();
    // Written directly: the read service shows any request, whatever the machine would allow today.
    await db.reviewRequest.create({
      data: { targetType: "COMPANY", targetId: company.id, action: "DEACTIVATE", reason: "stopped trading", makerId: cs.id },
    });

    const record = await getCompanyRecord(db, company.id);
    expect(record.company).toMatchObject({
      id: company.id,
      name: company.name,
      status: "NORMAL",
      activatedAt: at("2026-11-20T02:00:00Z"),
      description: "A maker of bicycle parts",
      user: { email: expect.stringContaining("@example.test") },
    });
    expect(record.company.documents.map((d) => [d.kind, d.fileName])).toEqual([
      ["BUSINESS_LICENCE", "licence.pdf"],
      ["LEGAL_REP_ID", "id-card.png"],
    ]);
    expect(record.history.map((h) => [h.event, h.toStatus, h.reason])).toEqual([["ACTIVATE", "NORMAL", "licence checked"]]);
    expect(record.projects.map((p) => [p.id, p.status])).toEqual([
      [newer.id, "PENDING_FINAL_REVIEW"],
      [older.id, "REPAYING"],
    ]);
    expect(record.projectCount).toBe(2);
    expect(record.requests).toMatchObject([
      { action: "DEACTIVATE", status: "PENDING", reason: "stopped trading", makerName: "客服小王", checkerName: null },
    ]);

    // Another company's rows never leak in, also when both are loaded together.
    const both = await loadCompanyRecords(db, [company.id, other.company.id, "no-such-company"]);
    expect([...both.keys()].sort()).toEqual([company.id, other.company.id].sort());
    expect(
      both
        .get(other.company.id)
        ?.projects.map((p) => p.id)
        .sort(),
    ).toEqual([other.older.id, other.newer.id].sort());
    expect(both.get(other.company.id)?.requests).toEqual([]);
  });

  it("caps the loan record at the newest RECORD_LIMITS.projects and still counts them all", async () => {
    const company = await createCompany(db);
    const total = RECORD_LIMITS.projects + 2;
    for (let i = 0; i < total; i += 1) {
      await createLoanProject(db, { companyId: company.id, title: `P${i}`, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) });
    }
    const record = await getCompanyRecord(db, company.id);
    expect(record.projects).toHaveLength(RECORD_LIMITS.projects);
    expect(record.projects[0].title).toBe(`P${total - 1}`);
    expect(record.projectCount).toBe(total);
  });

  it("an unknown company is NOT_FOUND", async () => {
    await expect(getCompanyRecord(db, "no-such-company")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("getLoanReviewContext", () => {
  it("gives the request, its own history newest first, and the company's record without this request", async () => {
    const { company, older, newer } = await companyWithRecord();
    for (const [event, toStatus, reason, createdAt] of [
      ["SUBMIT", "PENDING_PRELIMINARY_REVIEW", null, "2026-11-22T01:00:00Z"],
      ["PASS_PRELIMINARY", "PENDING_FINAL_REVIEW", "资料齐全", "2026-11-22T02:00:00Z"],
    ] as const) {
      await db.statusHistory.create({
        data: { entityType: "LOAN_PROJECT", entityId: newer.id, fromStatus: "", toStatus, event, reason, createdAt: at(createdAt) },
      });
    }
    const context = await getLoanReviewContext(db, newer.id);
    expect(context.project).toMatchObject({ id: newer.id, title: "Newer", amountFen: newer.amountFen, termMonths: 12 });
    expect(context.history.map((h) => [h.event, h.reason])).toEqual([
      ["PASS_PRELIMINARY", "资料齐全"],
      ["SUBMIT", null],
    ]);
    expect(context.company.company.id).toBe(company.id);
    expect(context.company.company.documents).toHaveLength(2);
    expect(context.company.projects.map((p) => p.id)).toEqual([older.id]);
    expect(context.company.projectCount).toBe(1);
    expect(context.company.history.map((h) => h.event)).toEqual(["ACTIVATE"]);
  });

  it("an unknown request is NOT_FOUND", async () => {
    await expect(getLoanReviewContext(db, "no-such-project")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("loadApprovalSubjects", () => {
  it("gives a company request its company's record and a project request the project with its company", async () => {
    const { company } = await companyWithRecord();
    const awaiting = await createCompany(db, { status: "INVALID", profileCompletedAt: at("2026-11-25T00:00:00Z") });
    const project = await createLoanProject(db, { companyId: company.id, status: "FUNDRAISING", title: "Raising" });
    await db.statusHistory.create({
      data: {
        entityType: "LOAN_PROJECT",
        entityId: project.id,
        fromStatus: "PENDING_FINAL_REVIEW",
        toStatus: "FUNDRAISING",
        event: "PUBLISH",
      },
    });
    const requests = [
      { id: "r-activate", targetType: "COMPANY" as const, targetId: awaiting.id },
      { id: "r-cancel", targetType: "LOAN_PROJECT" as const, targetId: project.id },
      { id: "r-gone", targetType: "COMPANY" as const, targetId: "no-such-company" },
    ];
    const subjects = await loadApprovalSubjects(db, requests);

    const activate = subjects.get("r-activate");
    if (activate?.kind !== "COMPANY") throw new Error(`expected a company subject, got ${activate?.kind}`);
    expect(activate.company.company).toMatchObject({ id: awaiting.id, status: "INVALID", activatedAt: null });

    const cancel = subjects.get("r-cancel");
    if (cancel?.kind !== "LOAN_PROJECT") throw new Error(`expected a loan-project subject, got ${cancel?.kind}`);
    expect(cancel.project).toMatchObject({ id: project.id, title: "Raising" });
    expect(cancel.history.map((h) => h.event)).toEqual(["PUBLISH"]);
    expect(cancel.company.company.id).toBe(company.id);
    expect(cancel.company.company.documents.map((d) => d.fileName)).toEqual(["licence.pdf", "id-card.png"]);

    expect(subjects.has("r-gone")).toBe(false);
  });

  it("gives a resolution request its reconciliation difference, with its amounts", async () => {
    const difference = await createOpenDifference(db, cs.id);
    const subjects = await loadApprovalSubjects(db, [
      { id: "r-explain", targetType: "RECONCILIATION_DIFFERENCE", targetId: difference.id },
      { id: "r-gone", targetType: "RECONCILIATION_DIFFERENCE", targetId: "no-such-difference" },
    ]);
    const explain = subjects.get("r-explain");
    if (explain?.kind !== "RECONCILIATION_DIFFERENCE") throw new Error(`expected a difference subject, got ${explain?.kind}`);
    expect(explain.difference).toMatchObject({
      id: difference.id,
      kind: "DUPLICATE_SERIAL",
      serial: difference.serial,
      status: "OPEN",
      statementAmountFen: 100n,
    });
    expect(subjects.has("r-gone")).toBe(false);
  });
});
