import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, type SqlRunner } from "@/lib/server/db/migrate";
import { applyMigrationsBefore } from "../support/migrations";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The data half of the status rename (issue 10, item 7): rows written before it, with the old names in the enum
// column and in the text copies (status history, audit data), carry only the new names after it, and nothing
// else in them moves. The rows are written in SQL against the old schema, as the application of the time did.

const MIGRATION = "20261130190000_loan_status_review_stage_names";
const RENAMED: Record<string, string> = {
  PENDING_REVIEW: "PENDING_PRELIMINARY_REVIEW",
  PENDING_APPROVAL: "PENDING_FINAL_REVIEW",
};
const OLD_LOAN_STATUSES = [
  "DRAFT",
  "PENDING_REVIEW",
  "PENDING_APPROVAL",
  "REJECTED",
  "WITHDRAWN",
  "FUNDRAISING",
  "FULLY_FUNDED",
  "FAILED",
  "DISBURSING",
  "REPAYING",
  "OVERDUE",
  "BAD_DEBT",
  "SETTLED",
];

type Row = Record<string, unknown>;

let database: TestDatabase;
let runner: SqlRunner;
let before: { projects: Row[]; history: Row[]; audit: Row[] };
let after: { projects: Row[]; history: Row[]; audit: Row[]; labels: string[] };
let appliedAfter: string[];

/** Every row of a table as JSON (the same text from PGlite and node-postgres, timestamps and bigints included). */
async function rowsOf(table: string): Promise<Row[]> {
  const { rows } = await runner.query<{ row: string }>(`SELECT to_jsonb(t)::text AS "row" FROM "${table}" t ORDER BY t."id"`);
  return rows.map((r) => JSON.parse(r.row) as Row);
}

async function loanStatusLabels(): Promise<string[]> {
  const { rows } = await runner.query<{ label: string }>(
    `SELECT e.enumlabel AS "label" FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
     WHERE t.typname = 'LoanStatus' ORDER BY e.enumsortorder`,
  );
  return rows.map((r) => r.label);
}

/** Old status names replaced wherever a whole JSON string is one, as the migration does for audit data. */
function renamedDeep(value: unknown): unknown {
  if (typeof value === "string") return RENAMED[value] ?? value;
  if (Array.isArray(value)) return value.map(renamedDeep);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renamedDeep(v)]));
  return value;
}

/** A row after the migration, limited to the columns the old schema had (a later migration may add some). */
const oldColumnsOf = (rows: Row[], like: Row[]) =>
  rows.map((row, i) => Object.fromEntries(Object.keys(like[i] ?? row).map((key) => [key, row[key]])));

async function insertOldRows() {
  await runner.exec(`
    INSERT INTO "User" ("id", "email", "passwordHash", "role", "displayName", "updatedAt") VALUES
      ('u-company', 'company@example.test', 'x', 'COMPANY', '企业', '2026-11-01 08:00:00'),
      ('u-cs', 'cs@example.test', 'x', 'CUSTOMER_SERVICE', '客服', '2026-11-01 08:00:00'),
      ('u-sup', 'sup@example.test', 'x', 'SUPERVISOR', '主管', '2026-11-01 08:00:00');
    INSERT INTO "Company" ("id", "userId", "name", "creditCode", "legalRepresentative", "contactPhone", "industry",
      "registeredCapitalFen", "status", "updatedAt") VALUES
      ('c1', 'u-company', '测试企业', '91310000MA1FL8XQ30', '张三', '13800000000', '制造', 100000000, 'NORMAL', '2026-11-01 08:00:00');
    INSERT INTO "LoanProject" ("id", "companyId", "title", "purpose", "amountFen", "annualRateBp", "termMonths",
      "repaymentMethod", "fundraisingDays", "minInvestmentFen", "status", "submittedAt", "passedById",
      "publishedById", "publishedAt", "riskGrade", "lastReviewComment", "updatedAt") VALUES
      ('lp-preliminary', 'c1', '初审中', '备货', 50000000, 1200, 12, 'EQUAL_INSTALLMENT', 10, 10000,
        'PENDING_REVIEW', '2026-11-02 08:00:00', NULL, NULL, NULL, NULL, NULL, '2026-11-02 08:00:00'),
      ('lp-final', 'c1', '复审中', '扩产', 80000000, 1000, 6, 'BULLET', 7, 10000,
        'PENDING_APPROVAL', '2026-11-02 09:00:00', 'u-cs', NULL, NULL, NULL, NULL, '2026-11-03 08:00:00'),
      ('lp-draft', 'c1', '退回修改', '周转', 30000000, 900, 3, 'INTEREST_FIRST', 5, 10000,
        'DRAFT', '2026-11-02 10:00:00', NULL, NULL, NULL, NULL, '利率偏高', '2026-11-04 08:00:00'),
      ('lp-fundraising', 'c1', '招标中', '设备', 20000000, 800, 24, 'EQUAL_PRINCIPAL', 15, 10000,
        'FUNDRAISING', '2026-11-02 11:00:00', 'u-cs', 'u-sup', '2026-11-05 08:00:00', 'B', NULL, '2026-11-05 08:00:00');
    INSERT INTO "StatusHistory" ("entityType", "entityId", "fromStatus", "toStatus", "event", "actorId", "reason", "createdAt") VALUES
      ('LOAN_PROJECT', 'lp-preliminary', 'DRAFT', 'PENDING_REVIEW', 'SUBMIT', 'u-company', NULL, '2026-11-02 08:00:00'),
      ('LOAN_PROJECT', 'lp-final', 'DRAFT', 'PENDING_REVIEW', 'SUBMIT', 'u-company', NULL, '2026-11-02 09:00:00'),
      ('LOAN_PROJECT', 'lp-final', 'PENDING_REVIEW', 'PENDING_APPROVAL', 'PASS_PRELIMINARY', 'u-cs', NULL, '2026-11-03 08:00:00'),
      ('LOAN_PROJECT', 'lp-draft', 'PENDING_APPROVAL', 'DRAFT', 'RETURN_FOR_REVISION', 'u-sup', 'not PENDING_APPROVAL yet', '2026-11-04 08:00:00'),
      ('LOAN_PROJECT', 'lp-fundraising', 'PENDING_APPROVAL', 'FUNDRAISING', 'PUBLISH', 'u-sup', NULL, '2026-11-05 08:00:00'),
      ('LOAN_PROJECT', 'lp-fundraising', 'FUNDRAISING', 'FULLY_FUNDED', 'FULLY_FUND', NULL, NULL, '2026-11-06 08:00:00'),
      ('COMPANY', 'c1', 'PENDING_REVIEW', 'NORMAL', 'ACTIVATE', 'u-sup', NULL, '2026-11-01 09:00:00'),
      ('REVIEW_REQUEST', 'rr1', 'PENDING_APPROVAL', 'APPROVED', 'APPROVE', 'u-sup', NULL, '2026-11-01 09:00:00');
  `);
  const audit: [string, string, string, unknown][] = [
    [
      "LOAN_PROJECT.PASS_PRELIMINARY",
      "LOAN_PROJECT",
      "lp-final",
      { from: "PENDING_REVIEW", to: "PENDING_APPROVAL", data: { passedById: "u-cs" } },
    ],
    [
      "LOAN_PROJECT.RETURN_FOR_REVISION",
      "LOAN_PROJECT",
      "lp-draft",
      { from: "PENDING_APPROVAL", to: "DRAFT", reason: "not PENDING_REVIEW enough", seen: ["PENDING_REVIEW", "FUNDRAISING"] },
    ],
    ["LOAN_PROJECT.PUBLISH", "LOAN_PROJECT", "lp-fundraising", { from: "PENDING_APPROVAL", to: "FUNDRAISING", data: { riskGrade: "B" } }],
    ["LOAN_PROJECT.FULLY_FUND", "LOAN_PROJECT", "lp-fundraising", { from: "FUNDRAISING", to: "FULLY_FUNDED" }],
    ["LOAN_PROJECT.SUBMIT", "LOAN_PROJECT", "lp-preliminary", null],
    ["COMPANY.ACTIVATE", "COMPANY", "c1", { from: "PENDING_REVIEW", to: "NORMAL" }],
    ["REVIEW_REQUEST.APPROVE", "REVIEW_REQUEST", "rr1", { from: "PENDING_APPROVAL", to: "APPROVED" }],
  ];
  for (const [action, targetType, targetId, data] of audit) {
    await runner.query(
      `INSERT INTO "AuditLog" ("actorId", "action", "targetType", "targetId", "data", "createdAt")
       VALUES ('u-sup', $1, $2, $3, $4::jsonb, '2026-11-06 09:00:00')`,
      [action, targetType, targetId, data === null ? null : JSON.stringify(data)],
    );
  }
}

beforeAll(async () => {
  // One connection on PostgreSQL: the migrator's BEGIN and COMMIT must meet the same session.
  database = await createTestDatabase({ migrate: false, poolSize: 1 });
  runner = database.runner;
  const appliedBefore = await applyMigrationsBefore(runner, MIGRATION);
  expect(appliedBefore.length).toBeGreaterThan(0);
  expect(appliedBefore).not.toContain(MIGRATION);
  await insertOldRows();
  before = { projects: await rowsOf("LoanProject"), history: await rowsOf("StatusHistory"), audit: await rowsOf("AuditLog") };
  appliedAfter = await applyMigrations(runner);
  after = {
    projects: await rowsOf("LoanProject"),
    history: await rowsOf("StatusHistory"),
    audit: await rowsOf("AuditLog"),
    labels: await loanStatusLabels(),
  };
});
afterAll(async () => {
  await database?.close();
});

describe(`migration ${MIGRATION}`, () => {
  it("runs on the rows written before it", () => {
    expect(appliedAfter[0]).toBe(MIGRATION);
    expect(Object.fromEntries(before.projects.map((p) => [p.id, p.status]))).toEqual({
      "lp-preliminary": "PENDING_REVIEW",
      "lp-final": "PENDING_APPROVAL",
      "lp-draft": "DRAFT",
      "lp-fundraising": "FUNDRAISING",
    });
  });

  it("renames the two enum values in place, keeping the others and their order", () => {
    expect(after.labels).toEqual(OLD_LOAN_STATUSES.map((s) => RENAMED[s] ?? s));
  });

  it("moves every loan project in an old status to the new name and changes nothing else in it", async () => {
    const status = Object.fromEntries(after.projects.map((p) => [p.id, p.status]));
    expect(status).toEqual({
      "lp-preliminary": "PENDING_PRELIMINARY_REVIEW",
      "lp-final": "PENDING_FINAL_REVIEW",
      "lp-draft": "DRAFT",
      "lp-fundraising": "FUNDRAISING",
    });
    expect(oldColumnsOf(after.projects, before.projects)).toEqual(
      before.projects.map((p) => ({ ...p, status: RENAMED[p.status as string] ?? p.status })),
    );
    // The generated client reads them under the new names.
    await expect(database.prisma.loanProject.count({ where: { status: "PENDING_PRELIMINARY_REVIEW" } })).resolves.toBe(1);
    await expect(database.prisma.loanProject.count({ where: { status: "PENDING_FINAL_REVIEW" } })).resolves.toBe(1);
  });

  it("renames the loan projects' status history, both columns, and leaves other entities' rows and reasons alone", () => {
    const transitions = after.history.map((h) => `${h.entityType} ${h.entityId}: ${h.fromStatus} → ${h.toStatus}`);
    expect(transitions).toEqual([
      "LOAN_PROJECT lp-preliminary: DRAFT → PENDING_PRELIMINARY_REVIEW",
      "LOAN_PROJECT lp-final: DRAFT → PENDING_PRELIMINARY_REVIEW",
      "LOAN_PROJECT lp-final: PENDING_PRELIMINARY_REVIEW → PENDING_FINAL_REVIEW",
      "LOAN_PROJECT lp-draft: PENDING_FINAL_REVIEW → DRAFT",
      "LOAN_PROJECT lp-fundraising: PENDING_FINAL_REVIEW → FUNDRAISING",
      "LOAN_PROJECT lp-fundraising: FUNDRAISING → FULLY_FUNDED",
      "COMPANY c1: PENDING_REVIEW → NORMAL",
      "REVIEW_REQUEST rr1: PENDING_APPROVAL → APPROVED",
    ]);
    const expected = before.history.map((h) =>
      h.entityType === "LOAN_PROJECT"
        ? { ...h, fromStatus: RENAMED[h.fromStatus as string] ?? h.fromStatus, toStatus: RENAMED[h.toStatus as string] ?? h.toStatus }
        : h,
    );
    expect(oldColumnsOf(after.history, before.history)).toEqual(expected);
    expect(after.history.find((h) => h.entityId === "lp-draft")?.reason).toBe("not PENDING_APPROVAL yet");
  });

  it("renames the statuses in the loan projects' audit data, however deep, and leaves other targets and free text alone", () => {
    const dataOf = (action: string) => after.audit.find((a) => a.action === action)?.data;
    expect(dataOf("LOAN_PROJECT.PASS_PRELIMINARY")).toEqual({
      from: "PENDING_PRELIMINARY_REVIEW",
      to: "PENDING_FINAL_REVIEW",
      data: { passedById: "u-cs" },
    });
    expect(dataOf("LOAN_PROJECT.RETURN_FOR_REVISION")).toEqual({
      from: "PENDING_FINAL_REVIEW",
      to: "DRAFT",
      reason: "not PENDING_REVIEW enough",
      seen: ["PENDING_PRELIMINARY_REVIEW", "FUNDRAISING"],
    });
    expect(dataOf("LOAN_PROJECT.SUBMIT")).toBeNull();
    expect(dataOf("COMPANY.ACTIVATE")).toEqual({ from: "PENDING_REVIEW", to: "NORMAL" });
    expect(dataOf("REVIEW_REQUEST.APPROVE")).toEqual({ from: "PENDING_APPROVAL", to: "APPROVED" });
    const expected = before.audit.map((a) => (a.targetType === "LOAN_PROJECT" ? { ...a, data: renamedDeep(a.data) } : a));
    expect(oldColumnsOf(after.audit, before.audit)).toEqual(expected);
  });
});
