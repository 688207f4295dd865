import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { Company, User } from "@/lib/generated/prisma/client";
import type { CompanyStatus } from "@/lib/generated/prisma/enums";
import { loanRequestSchema } from "@/lib/schemas/loan-requests";
import type { Db } from "@/lib/server/db/types";
import { submitLoanRequest, withdrawLoanRequest } from "@/lib/server/loan-requests/company-loan-events";
import { getOwnLoanRequest, listOwnLoanRequests } from "@/lib/server/loan-requests/read-loan-requests";
import { createLoanDraft, updateLoanDraft } from "@/lib/server/loan-requests/save-loan-draft";
import { getLoanLimits, LOAN_LIMITS_KEY } from "@/lib/server/settings/loan-limits";
import { createCompany, createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
});
afterAll(async () => {
  await database?.close();
});

/** The form as a company types it. */
const FORM = {
  title: "流动资金周转",
  purpose: "采购原材料",
  amount: "500,000.00",
  annualRate: "8.5",
  termMonths: "12",
  repaymentMethod: "EQUAL_INSTALLMENT",
  fundraisingDays: "10",
  minInvestment: "100",
};
type Form = Record<keyof typeof FORM, string>;

/** What the save action does: validate against the platform's current limits, then create or update. */
async function saveDraft(userId: string, form: Form, projectId?: string) {
  const input = loanRequestSchema(await getLoanLimits(db)).parse(form);
  return projectId ? updateLoanDraft(db, userId, projectId, input) : createLoanDraft(db, userId, input);
}

/** The i18n keys per field of a refused form. */
async function fieldErrorsOf(form: Form): Promise<Record<string, string[]>> {
  const result = loanRequestSchema(await getLoanLimits(db)).safeParse(form);
  expect(result.success, "the form is refused").toBe(false);
  const errors: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) {
    const field = issue.path.join(".");
    errors[field] = [...(errors[field] ?? []), issue.message];
  }
  return errors;
}

async function companyUser(status: CompanyStatus = "NORMAL"): Promise<{ user: User; company: Company }> {
  const user = await createUser(db, { role: "COMPANY" });
  const company = await createCompany(db, { userId: user.id, status });
  return { user, company };
}

const asCompany = (user: User) => ({ id: user.id, role: "COMPANY" as const });
const project = (id: string) => db.loanProject.findUniqueOrThrow({ where: { id } });

describe("drafts", () => {
  it("creates a DRAFT with the typed values converted to fen and basis points", async () => {
    const { user, company } = await companyUser("INVALID");
    // Even a company not yet verified may prepare a draft; only SUBMIT needs NORMAL/GOOD.
    const { id } = await saveDraft(user.id, FORM);
    expect(await project(id)).toMatchObject({
      companyId: company.id,
      status: "DRAFT",
      title: "流动资金周转",
      purpose: "采购原材料",
      amountFen: 50_000_000n,
      annualRateBp: 850,
      termMonths: 12,
      repaymentMethod: "EQUAL_INSTALLMENT",
      fundraisingDays: 10,
      minInvestmentFen: 10_000n,
      submittedAt: null,
      passedById: null,
    });
    const { items, total } = await listOwnLoanRequests(db, user.id, 1);
    expect(total).toBe(1);
    expect(items.map((i) => i.id)).toEqual([id]);
  });

  it("updates a DRAFT; once submitted it can no longer be edited", async () => {
    const { user } = await companyUser();
    const { id } = await saveDraft(user.id, FORM);
    await saveDraft(user.id, { ...FORM, amount: "¥800,000", annualRate: "9.25", termMonths: "24", repaymentMethod: "EQUAL_PRINCIPAL" }, id);
    expect(await project(id)).toMatchObject({
      amountFen: 80_000_000n,
      annualRateBp: 925,
      termMonths: 24,
      repaymentMethod: "EQUAL_PRINCIPAL",
    });

    await submitLoanRequest(db, asCompany(user), id);
    await expect(saveDraft(user.id, { ...FORM, title: "changed" }, id)).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
      params: { from: "PENDING_PRELIMINARY_REVIEW" },
    });
    expect((await project(id)).title).toBe(FORM.title);
  });

  it("refuses bad input with an error for each field and stores nothing", async () => {
    const { user, company } = await companyUser();
    const cases: [Partial<Form>, Record<string, string[]>][] = [
      [{ amount: "-500" }, { amount: ["validation.moneyNEGATIVE"] }],
      [{ annualRate: "30" }, { annualRate: ["validation.loanRateOutOfRange"] }],
      [{ termMonths: "0" }, { termMonths: ["validation.loanTermOutOfRange"] }],
      [{ amount: "20,000", minInvestment: "30,000" }, { minInvestment: ["validation.minInvestmentAboveAmount"] }],
      [{ amount: "5,000" }, { amount: ["validation.loanAmountOutOfRange"] }],
      [{ amount: "10,000,000.01" }, { amount: ["validation.loanAmountOutOfRange"] }],
      [{ annualRate: "0.5" }, { annualRate: ["validation.loanRateOutOfRange"] }],
      [{ termMonths: "37" }, { termMonths: ["validation.loanTermOutOfRange"] }],
      [{ termMonths: "1.5" }, { termMonths: ["validation.wholeNumber"] }],
      [{ fundraisingDays: "31" }, { fundraisingDays: ["validation.fundraisingDaysOutOfRange"] }],
      [{ minInvestment: "99.99" }, { minInvestment: ["validation.minInvestmentTooSmall"] }],
      [{ repaymentMethod: "WHATEVER" }, { repaymentMethod: ["validation.repaymentMethod"] }],
      [
        { title: "  ", purpose: "" },
        { title: ["validation.required"], purpose: ["validation.required"] },
      ],
      [
        { amount: "-500", annualRate: "30", termMonths: "0" },
        {
          amount: ["validation.moneyNEGATIVE"],
          annualRate: ["validation.loanRateOutOfRange"],
          termMonths: ["validation.loanTermOutOfRange"],
        },
      ],
    ];
    for (const [change, expected] of cases) {
      expect(await fieldErrorsOf({ ...FORM, ...change }), JSON.stringify(change)).toEqual(expected);
      await expect(saveDraft(user.id, { ...FORM, ...change })).rejects.toBeInstanceOf(ZodError);
    }
    expect(await db.loanProject.count({ where: { companyId: company.id } })).toBe(0);
  });

  it("bad input on an update leaves the stored draft as it was", async () => {
    const { user } = await companyUser();
    const { id } = await saveDraft(user.id, FORM);
    const before = await project(id);
    await expect(saveDraft(user.id, { ...FORM, amount: "-1", annualRate: "30" }, id)).rejects.toBeInstanceOf(ZodError);
    expect(await project(id)).toEqual(before);
  });

  it("validates against the limits stored in the platform settings", async () => {
    const { user } = await companyUser();
    await db.platformSetting.upsert({
      where: { key: LOAN_LIMITS_KEY },
      create: { key: LOAN_LIMITS_KEY, value: { maxRateBp: 1000, maxTermMonths: 12 } },
      update: { value: { maxRateBp: 1000, maxTermMonths: 12 } },
    });
    try {
      expect(await fieldErrorsOf({ ...FORM, annualRate: "10.01", termMonths: "13" })).toEqual({
        annualRate: ["validation.loanRateOutOfRange"],
        termMonths: ["validation.loanTermOutOfRange"],
      });
      // The refusal names the limits of the moment, as the form's hints and live preview do.
      const issues = loanRequestSchema(await getLoanLimits(db)).safeParse({ ...FORM, annualRate: "10.01", termMonths: "13" }).error?.issues;
      expect(issues?.map((issue) => (issue.code === "custom" ? issue.params : undefined))).toEqual([
        { min: "1%", max: "10%" },
        { min: "1", max: "12" },
      ]);
      const { id } = await saveDraft(user.id, { ...FORM, annualRate: "10" });
      expect((await project(id)).annualRateBp).toBe(1000);
    } finally {
      await db.platformSetting.delete({ where: { key: LOAN_LIMITS_KEY } });
    }
  });
});

describe("SUBMIT", () => {
  for (const status of ["NORMAL", "GOOD"] as const) {
    it(`a ${status} company submits its draft: PENDING_PRELIMINARY_REVIEW, submittedAt, one history row`, async () => {
      const { user } = await companyUser(status);
      const { id } = await saveDraft(user.id, FORM);
      const result = await submitLoanRequest(db, asCompany(user), id);
      expect(result).toMatchObject({ from: "DRAFT", to: "PENDING_PRELIMINARY_REVIEW", event: "SUBMIT" });
      const submitted = await project(id);
      expect(submitted.status).toBe("PENDING_PRELIMINARY_REVIEW");
      expect(submitted.submittedAt).toBeInstanceOf(Date);
      expect(await db.statusHistory.findMany({ where: { entityType: "LOAN_PROJECT", entityId: id } })).toMatchObject([
        { fromStatus: "DRAFT", toStatus: "PENDING_PRELIMINARY_REVIEW", event: "SUBMIT", actorId: user.id },
      ]);
    });
  }

  for (const status of ["INVALID", "WATCH", "BLACKLIST"] as const) {
    it(`a ${status} company is refused with GUARD_FAILED and nothing changes`, async () => {
      const { user } = await companyUser(status);
      const { id } = await saveDraft(user.id, FORM);
      const before = await project(id);
      await expect(submitLoanRequest(db, asCompany(user), id)).rejects.toMatchObject({
        code: "GUARD_FAILED",
        params: { entity: "LOAN_PROJECT", event: "SUBMIT", from: "DRAFT" },
      });
      expect(await project(id)).toEqual(before);
      expect(await db.statusHistory.count({ where: { entityId: id } })).toBe(0);
    });
  }

  it("a draft that no longer satisfies today's limits is refused (GUARD_FAILED) until corrected", async () => {
    const { user } = await companyUser();
    const { id } = await saveDraft(user.id, { ...FORM, annualRate: "18" });
    await db.platformSetting.create({ data: { key: LOAN_LIMITS_KEY, value: { maxRateBp: 1500 } } });
    try {
      await expect(submitLoanRequest(db, asCompany(user), id)).rejects.toMatchObject({ code: "GUARD_FAILED" });
      expect((await project(id)).status).toBe("DRAFT");
      await saveDraft(user.id, { ...FORM, annualRate: "15" }, id);
      await submitLoanRequest(db, asCompany(user), id);
      expect((await project(id)).status).toBe("PENDING_PRELIMINARY_REVIEW");
    } finally {
      await db.platformSetting.delete({ where: { key: LOAN_LIMITS_KEY } });
    }
  });

  it("submitting twice is TRANSITION_NOT_ALLOWED", async () => {
    const { user } = await companyUser();
    const { id } = await saveDraft(user.id, FORM);
    await submitLoanRequest(db, asCompany(user), id);
    await expect(submitLoanRequest(db, asCompany(user), id)).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
    expect(await db.statusHistory.count({ where: { entityId: id } })).toBe(1);
  });
});

describe("WITHDRAW", () => {
  it("from DRAFT and from PENDING_PRELIMINARY_REVIEW; a withdrawn request cannot be submitted or withdrawn again", async () => {
    const { user } = await companyUser();
    const draft = await saveDraft(user.id, FORM);
    await withdrawLoanRequest(db, asCompany(user), draft.id);
    expect((await project(draft.id)).status).toBe("WITHDRAWN");
    await expect(submitLoanRequest(db, asCompany(user), draft.id)).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
    await expect(withdrawLoanRequest(db, asCompany(user), draft.id)).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });

    const submitted = await saveDraft(user.id, FORM);
    await submitLoanRequest(db, asCompany(user), submitted.id);
    await withdrawLoanRequest(db, asCompany(user), submitted.id);
    expect((await project(submitted.id)).status).toBe("WITHDRAWN");
    const { history } = await getOwnLoanRequest(db, user.id, submitted.id);
    expect(history.map((h) => h.event)).toEqual(["WITHDRAW", "SUBMIT"]);
  });
});

describe("another company's request", () => {
  it("is NOT_FOUND for get, update, submit and withdraw, and is not listed; nothing changes", async () => {
    const owner = await companyUser();
    const intruder = await companyUser();
    const { id } = await saveDraft(owner.user.id, FORM);
    const before = await project(id);

    await expect(getOwnLoanRequest(db, intruder.user.id, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveDraft(intruder.user.id, { ...FORM, title: "hijacked" }, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submitLoanRequest(db, asCompany(intruder.user), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withdrawLoanRequest(db, asCompany(intruder.user), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listOwnLoanRequests(db, intruder.user.id, 1)).total).toBe(0);

    // Same answer as for an id that does not exist.
    await expect(getOwnLoanRequest(db, owner.user.id, "no-such-project")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await project(id)).toEqual(before);
    expect(await db.statusHistory.count({ where: { entityId: id } })).toBe(0);
    expect((await getOwnLoanRequest(db, owner.user.id, id)).project.title).toBe(FORM.title);
  });
});
