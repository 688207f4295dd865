import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/loans/[id]/investments/route";
import type { LoanStatus } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/server/db/types";
import type { InvestmentRecordsPage } from "@/lib/shared/public-investment-records";
import { createLoanProject } from "../support/factories";
import { createFundraisingProject, createInvestor } from "../support/investing";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The route handler itself, on this file's database; only getDb is replaced.
const state = vi.hoisted(() => ({ prisma: undefined as unknown as Db }));
vi.mock("server-only", () => ({}));
vi.mock("@/lib/server/db", () => ({ getDb: async () => state.prisma }));

function call(id: string, query = "") {
  return GET(new Request(`http://localhost/api/loans/${encodeURIComponent(id)}/investments${query}`), { params: Promise.resolve({ id }) });
}

async function answer(id: string, query = ""): Promise<InvestmentRecordsPage> {
  const response = await call(id, query);
  expect(response.status).toBe(200);
  return response.json();
}

describe("GET /api/loans/[id]/investments", () => {
  let db: TestDatabase;
  let projectId: string;
  const investorIds: string[] = [];
  const BASE = Date.UTC(2026, 10, 1, 2, 0);

  beforeAll(async () => {
    db = await createTestDatabase();
    state.prisma = db.prisma;
    const project = await createFundraisingProject(db.prisma);
    projectId = project.id;
    const zhang = await createInvestor(db.prisma, { realName: "张三丰" });
    const ouyang = await createInvestor(db.prisma, { realName: "欧阳娜娜" });
    investorIds.push(zhang.id, ouyang.id);
    // 45 records that count (minute i, ¥(i+1)00.00), alternating investors; and two that never show.
    await db.prisma.investment.createMany({
      data: Array.from({ length: 45 }, (_, i) => ({
        projectId,
        investorId: i % 2 === 0 ? zhang.id : ouyang.id,
        amountFen: BigInt(i + 1) * 100_00n,
        status: i === 3 ? ("REFUNDED" as const) : ("PENDING" as const),
        createdAt: new Date(BASE + i * 60_000),
      })),
    });
    await db.prisma.investment.createMany({
      data: [
        { projectId, investorId: zhang.id, amountFen: 777_00n, status: "CANCELLED", createdAt: new Date(BASE + 99 * 60_000) },
        { projectId, investorId: ouyang.id, amountFen: 888_00n, status: "REJECTED", createdAt: new Date(BASE + 98 * 60_000) },
      ],
    });
  });
  afterAll(async () => {
    await db.close();
  });

  it("pages the masked records newest first, 20 a page, and counts them all", async () => {
    const first = await answer(projectId);
    expect(first).toMatchObject({ total: 45, page: 1, pageSize: 20 });
    expect(first.items).toHaveLength(20);
    expect(first.items[0]).toEqual({ investorMasked: "张**", amountFen: "450000", createdAt: new Date(BASE + 44 * 60_000).toISOString() });
    expect(first.items[1]).toMatchObject({ investorMasked: "欧***", amountFen: "440000" });

    const third = await answer(projectId, "?page=3");
    expect(third.page).toBe(3);
    expect(third.items.map((r) => r.amountFen)).toEqual(["50000", "40000", "30000", "20000", "10000"]);

    // No record twice, none left out, and never a cancelled or rejected one.
    const second = await answer(projectId, "?page=2");
    const all = [...first.items, ...second.items, ...third.items].map((r) => r.createdAt);
    expect(new Set(all).size).toBe(45);
    expect(JSON.stringify([first, second, third])).not.toMatch(/77700|88800/);
  });

  it("answers page 1 for a bad page and the last page past the end", async () => {
    for (const bad of ["?page=0", "?page=-2", "?page=abc", "?page=1.5", "?page=", "?page=1e9"]) {
      const body = await answer(projectId, bad);
      expect(body.page, bad).toBe(1);
      expect(body.items[0]?.amountFen, bad).toBe("450000");
    }
    const past = await answer(projectId, "?page=40");
    expect(past.page).toBe(3);
    expect(past.items).toHaveLength(5);
  });

  it("leaks no investor id, full name or account name", async () => {
    const text = JSON.stringify(await answer(projectId));
    for (const secret of [...investorIds, "张三丰", "欧阳娜娜", "三丰", "娜娜", "investorId", "displayName", "realName", "status"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("may be cached by shared caches for a few seconds", async () => {
    expect((await call(projectId)).headers.get("Cache-Control")).toBe("public, max-age=0, s-maxage=5");
  });

  it.each(["DRAFT", "PENDING_PRELIMINARY_REVIEW", "PENDING_FINAL_REVIEW", "REJECTED", "WITHDRAWN"] satisfies LoanStatus[])(
    "answers 404 for a %s project, even one with investments",
    async (status) => {
      const hidden = await createLoanProject(db.prisma, { status });
      await db.prisma.investment.create({ data: { projectId: hidden.id, investorId: investorIds[0] as string, amountFen: 100_00n } });
      const response = await call(hidden.id);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("张");
    },
  );

  it("answers 404 for an unknown or malformed id, and an empty first page for a public project without records", async () => {
    expect((await call("ckunknown000000000000000")).status).toBe(404);
    expect((await call("x".repeat(200))).status).toBe(404);
    expect((await call("'; DROP TABLE x; --")).status).toBe(404);
    const failed = await createLoanProject(db.prisma, { status: "FAILED", publishedAt: new Date() });
    expect(await answer(failed.id, "?page=2")).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
  });
});
