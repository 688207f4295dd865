import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/dates";
import type { Db } from "@/lib/server/db/types";
import { getCompanyRepaymentView } from "@/lib/server/repayments/company-repayment-view";
import { repayFromWallet } from "@/lib/server/repayments/repay-from-wallet";
import { depositFor } from "../support/investing";
import { repayingProject } from "../support/repaying-project";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { actorOf, clockOn, day } from "./support";

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
});
afterAll(async () => {
  await database?.close();
});

describe("getCompanyRepaymentView", () => {
  it("shows penalty to date on an overdue instalment before the daily job ran, and it is what paying now costs", async () => {
    const { project, companyUser, instalments } = await repayingProject(db, { termMonths: 3 });
    await depositFor(db, companyUser.id, 12_000_000n);
    const [first, second] = instalments as [(typeof instalments)[number], (typeof instalments)[number]];
    const clock = clockOn(addDays(day(first.dueDate), 10));

    const view = await getCompanyRepaymentView(db, companyUser.id, project.id, { clock });
    expect(view.instalments.map((i) => i.standing)).toEqual(["OVERDUE", "UPCOMING", "UPCOMING"]);
    const row = view.instalments[0] as (typeof view.instalments)[number];
    expect(row.overdueDays).toBe(10);
    expect(row.bucket).toBe("DAYS_1_30");
    const owed = first.principalFen + first.interestFen;
    expect(row.penaltyFen).toBe((owed * 5n * 10n * 2n + 10_000n) / 20_000n);
    expect(view.dueNowFen).toBe(owed + row.penaltyFen);
    expect(view.maxFen).toBe(view.dueNowFen + second.principalFen + second.interestFen);
    expect(view.early).toEqual({ ok: false, code: "INSTALMENT_DUE" });
    expect(view.repayable).toBe(true);
    expect(view.repayments).toMatchObject({ items: [], total: 0, page: 1 });

    // Paying exactly what the page proposes clears the instalment: the accrual finds the same penalty.
    await repayFromWallet(db, actorOf(companyUser), { projectId: project.id, amountFen: view.dueNowFen }, { clock });
    const after = await getCompanyRepaymentView(db, companyUser.id, project.id, { clock });
    expect(after.instalments[0]).toMatchObject({ standing: "PAID", owedFen: 0n, paidFen: view.dueNowFen });
    expect(after.dueNowFen).toBe(0n);
    expect(after.early.ok).toBe(true);
    expect(after.repayments).toMatchObject({ items: [{ kind: "INSTALMENT", amountFen: view.dueNowFen, viaCheckout: false }], total: 1 });
    expect(after.availableFen).toBe(12_000_000n - view.dueNowFen);
  });

  it("shows another company's loan to no one", async () => {
    const { project } = await repayingProject(db);
    const other = await repayingProject(db);
    await expect(getCompanyRepaymentView(db, other.companyUser.id, project.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
