import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "@/lib/generated/prisma/client";
import { fixedClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { type CsvWords, EXPORTS, exportList } from "@/lib/server/exports";
import { createCompany, createLoanProject, createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/** Staff lists as CSV (issue 13 item 3): the list's own rows, the whole list, its page's roles. */

let database: TestDatabase;
let db: Db;
let cs: User;
let admin: User;
const clock = fixedClock("2026-12-01T01:00:00Z", "Asia/Shanghai");
const words: CsvWords = { heading: (k) => k, yuanHeading: (h) => `${h} (¥)`, fenHeading: (h) => `${h} (fen)`, yes: "yes", no: "no" };
const none = new URLSearchParams();
const lines = (body: string) =>
  body
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  [cs, admin] = await Promise.all([createUser(db, { role: "CUSTOMER_SERVICE" }), createUser(db, { role: "ADMIN" })]);
  // 25 projects waiting for the preliminary review: more than a page, all exported, oldest first.
  for (let i = 0; i < 25; i++) {
    await createLoanProject(db, {
      status: "PENDING_PRELIMINARY_REVIEW",
      title: i === 0 ? '=HYPERLINK("http://evil")' : `Project ${String(i).padStart(2, "0")}`,
      amountFen: 123_456n + BigInt(i),
      submittedAt: new Date(Date.UTC(2026, 10, 1, 16, i)),
    });
  }
  await createCompany(db, { status: "WATCH", name: "观察企业" });
});

afterAll(async () => {
  await database?.close();
});

describe("exportList", () => {
  it("writes the whole list in its order with a BOM, money as yuan and fen, times in Shanghai and formulas defused", async () => {
    const csv = await exportList(db, cs, "preliminaryReviews", none, words, clock);
    expect(csv.body.startsWith("\uFEFF")).toBe(true);
    expect(csv.filename).toBe("preliminaryReviews-2026-12-01.csv");
    expect(csv).toMatchObject({ rows: 25, total: 25 });
    const [header, first, second] = lines(csv.body);
    expect(header).toBe(
      "id,project,company,companyStatus,amount (¥),amount (fen),funded (¥),funded (fen),annualRateBp,termMonths,submittedAt,fundraisingDeadline",
    );
    expect(first).toContain(`'=HYPERLINK(""http://evil"")`);
    expect(first).toContain(",1234.56,123456,");
    expect(first).toContain(",2026-11-02 00:00:00,");
    expect(second).toContain("Project 01");
    expect(lines(csv.body)).toHaveLength(26);
  });

  it("reads the page's filters from the query string (companies in one status)", async () => {
    const csv = await exportList(db, cs, "companies", new URLSearchParams({ status: "WATCH" }), words, clock);
    expect(lines(csv.body).slice(1)).toEqual([expect.stringContaining("观察企业")]);
    expect(lines(csv.body)[1]).toContain(",WATCH,");
  });

  it("exports the admin's lists to the admin only", async () => {
    const staff = await exportList(db, admin, "staff", none, words, clock);
    expect(staff.body).toContain(cs.email);
    await expect(exportList(db, cs, "staff", none, words, clock)).rejects.toEqual(new DomainError("FORBIDDEN"));
    await expect(exportList(db, cs, "auditLog", none, words, clock)).rejects.toEqual(new DomainError("FORBIDDEN"));
  });

  it("answers NOT_FOUND for a list that does not exist, whoever asks", async () => {
    await expect(exportList(db, admin, "passwords", none, words, clock)).rejects.toEqual(new DomainError("NOT_FOUND"));
  });

  it("reads every list for a role it names (each export runs against the schema)", async () => {
    for (const entry of EXPORTS) {
      const viewer = await createUser(db, { role: entry.roles[0] });
      const csv = await exportList(db, viewer, entry.key, none, words, clock);
      expect(lines(csv.body).length, entry.key).toBe(csv.rows + 1);
    }
  });
});
