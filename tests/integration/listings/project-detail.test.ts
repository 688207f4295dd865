import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LoanStatus } from "@/lib/generated/prisma/enums";
import { getPublicLoanProject } from "@/lib/server/listings";
import { createCompany, createLoanProject, createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let projectId: string;
let companyOwnerEmail: string;

const COMPANY = {
  name: "杭州青禾食品有限公司",
  creditCode: "91350100M000100Y43",
  legalRepresentative: "陈建国",
  contactPhone: "13900000001",
  industry: "食品加工",
  registeredCapitalFen: 500_000_000n,
  address: "浙江省杭州市西湖区文三路 100 号",
  description: "冷链食品加工企业。",
};

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.prisma;
  const owner = await createUser(db, { role: "COMPANY", displayName: "青禾食品" });
  companyOwnerEmail = owner.email;
  const company = await createCompany(db, { userId: owner.id, ...COMPANY, activatedAt: new Date("2026-01-05T00:00:00Z") });
  const project = await createLoanProject(db, {
    companyId: company.id,
    title: "冷链仓储扩容",
    purpose: "采购冷库设备",
    status: "FUNDRAISING",
    amountFen: 50_000_000n,
    fundedFen: 1_350_000n,
    annualRateBp: 1080,
    termMonths: 6,
    repaymentMethod: "EQUAL_PRINCIPAL",
    riskGrade: "A",
    publishedAt: new Date("2026-06-01T02:00:00Z"),
    fundraisingDeadline: new Date("2026-06-11T02:00:00Z"),
  });
  projectId = project.id;

  // Investors: verified (real name), unverified (e-mail local part), and one whose display name is an address.
  const zhang = await createUser(db, { displayName: "zhangwei88" });
  await db.investorProfile.create({
    data: {
      userId: zhang.id,
      realName: "张伟",
      idNumberCipher: "x",
      idNumberHash: `h-${zhang.id}`,
      idNumberLast4: "4477",
      phone: "13800000001",
    },
  });
  const ouyang = await createUser(db, { displayName: "ouyang" });
  await db.investorProfile.create({
    data: { userId: ouyang.id, realName: "欧阳娜娜", idNumberCipher: "x", idNumberHash: `h-${ouyang.id}`, idNumberLast4: "0014" },
  });
  const plain = await createUser(db, { displayName: "lisa.wong" });
  const mail = await createUser(db, { displayName: "wangfang@example.com" });
  const minute = 60_000;
  const start = Date.UTC(2026, 5, 2);
  const invest = (
    investorId: string,
    amountFen: bigint,
    at: number,
    status: "PENDING" | "CONFIRMED" | "REJECTED" | "CANCELLED" = "CONFIRMED",
  ) => db.investment.create({ data: { projectId, investorId, amountFen, status, createdAt: new Date(start + at * minute) } });
  await invest(zhang.id, 500_000n, 1);
  await invest(ouyang.id, 300_000n, 2, "PENDING");
  await invest(plain.id, 250_000n, 3);
  await invest(mail.id, 300_000n, 4);
  await invest(zhang.id, 999_999n, 5, "REJECTED");
  await invest(plain.id, 777_777n, 6, "CANCELLED");
});

afterAll(async () => {
  await database?.close();
});

describe("getPublicLoanProject", () => {
  it("returns the terms and the company's business facts", async () => {
    const project = await getPublicLoanProject(database.prisma, projectId);
    expect(project).toMatchObject({
      id: projectId,
      title: "冷链仓储扩容",
      purpose: "采购冷库设备",
      status: "FUNDRAISING",
      amountFen: 50_000_000n,
      fundedFen: 1_350_000n,
      progressBp: 270,
      annualRateBp: 1080,
      termMonths: 6,
      repaymentMethod: "EQUAL_PRINCIPAL",
      riskGrade: "A",
      minInvestmentFen: 10_000n,
      fundraisingDays: 10,
      fundraisingDeadline: new Date("2026-06-11T02:00:00Z"),
      publishedAt: new Date("2026-06-01T02:00:00Z"),
      company: {
        name: COMPANY.name,
        industry: COMPANY.industry,
        registeredCapitalFen: COMPANY.registeredCapitalFen,
        address: COMPANY.address,
        description: COMPANY.description,
        activatedAt: new Date("2026-01-05T00:00:00Z"),
      },
    });
  });

  it("masks the legal representative, the phone and the credit code", async () => {
    const project = await getPublicLoanProject(database.prisma, projectId);
    expect(project?.company).toMatchObject({
      legalRepresentativeMasked: "陈**",
      contactPhoneMasked: "139****0001",
      creditCodeMasked: "913501********",
    });
    const everything = JSON.stringify(project, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
    for (const secret of [COMPANY.legalRepresentative, COMPANY.contactPhone, COMPANY.creditCode, companyOwnerEmail]) {
      expect(everything).not.toContain(secret);
    }
  });

  it("shows live investments newest first, investors masked, without rejected or cancelled ones", async () => {
    const project = await getPublicLoanProject(database.prisma, projectId);
    expect(project?.investments.items).toEqual([
      { investorMasked: "w***@example.com", amountFen: 300_000n, createdAt: new Date(Date.UTC(2026, 5, 2, 0, 4)) },
      { investorMasked: "l***", amountFen: 250_000n, createdAt: new Date(Date.UTC(2026, 5, 2, 0, 3)) },
      { investorMasked: "欧***", amountFen: 300_000n, createdAt: new Date(Date.UTC(2026, 5, 2, 0, 2)) },
      { investorMasked: "张*", amountFen: 500_000n, createdAt: new Date(Date.UTC(2026, 5, 2, 0, 1)) },
    ]);
    expect(project?.investments.count).toBe(4);
    expect(project?.investments.totalFen).toBe(1_350_000n);
    const everything = JSON.stringify(project, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
    for (const secret of ["张伟", "欧阳娜娜", "zhangwei88", "lisa.wong", "wangfang", "13800000001"]) {
      expect(everything).not.toContain(secret);
    }
  });

  it("limits the records but still counts them all", async () => {
    const project = await getPublicLoanProject(database.prisma, projectId, { investmentLimit: 2 });
    expect(project?.investments.items.map((i) => i.investorMasked)).toEqual(["w***@example.com", "l***"]);
    expect(project?.investments.count).toBe(4);
  });

  it.each(["DRAFT", "PENDING_PRELIMINARY_REVIEW", "PENDING_FINAL_REVIEW", "REJECTED", "WITHDRAWN"] satisfies LoanStatus[])(
    "answers null for a %s project",
    async (status) => {
      const hidden = await createLoanProject(database.prisma, { status });
      expect(await getPublicLoanProject(database.prisma, hidden.id)).toBeNull();
    },
  );

  it.each(["FULLY_FUNDED", "DISBURSING", "REPAYING", "OVERDUE", "BAD_DEBT", "SETTLED", "FAILED"] satisfies LoanStatus[])(
    "shows a %s project",
    async (status) => {
      const shown = await createLoanProject(database.prisma, { status, publishedAt: new Date() });
      expect((await getPublicLoanProject(database.prisma, shown.id))?.status).toBe(status);
    },
  );

  it("answers null for unknown and malformed ids without querying nonsense", async () => {
    expect(await getPublicLoanProject(database.prisma, "ckunknown000000000000000")).toBeNull();
    expect(await getPublicLoanProject(database.prisma, "")).toBeNull();
    expect(await getPublicLoanProject(database.prisma, '\'; DROP TABLE "LoanProject"; --')).toBeNull();
    expect(await getPublicLoanProject(database.prisma, "x".repeat(500))).toBeNull();
  });
});
