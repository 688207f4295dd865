import { RepaymentMethods } from "@/lib/domain/schedules";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LoanStatus, RiskGrade } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/server/db/types";
import { PUBLIC_LOAN_STATUSES } from "@/lib/server/listings";

const DAY = 86_400_000;
const BATCH = 1_000;

export interface SeedOptions {
  projects: number;
  companies: number;
  /** Investments on the one FUNDRAISING project returned as `detailId`. */
  investments: number;
  /** Which statuses the projects get, with weights (default: STATUS_MIX, some of them never published). */
  statusMix?: readonly (readonly [LoanStatus, number])[];
}

export interface SeedResult {
  /** A FUNDRAISING project carrying the investments. */
  detailId: string;
  statusCounts: Map<LoanStatus, number>;
}

/** A small deterministic generator (mulberry32), so every run benchmarks the same data. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    weighted: <T>(table: readonly (readonly [T, number])[]) => {
      const total = table.reduce((sum, [, w]) => sum + w, 0);
      let roll = next() * total;
      for (const [value, weight] of table) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return table[table.length - 1][0];
    },
  };
}

/** Roughly a platform a few years in: mostly repaid or repaying, some open, some never published. */
export const STATUS_MIX: readonly (readonly [LoanStatus, number])[] = [
  ["FUNDRAISING", 8],
  ["FULLY_FUNDED", 2],
  ["DISBURSING", 1],
  ["REPAYING", 28],
  ["OVERDUE", 3],
  ["BAD_DEBT", 1],
  ["SETTLED", 35],
  ["FAILED", 5],
  ["DRAFT", 6],
  ["PENDING_PRELIMINARY_REVIEW", 3],
  ["PENDING_FINAL_REVIEW", 2],
  ["REJECTED", 4],
  ["WITHDRAWN", 2],
];
const PUBLISHED = new Set<LoanStatus>(PUBLIC_LOAN_STATUSES);
/** The same mix without the statuses the public never sees: every project is published. */
export const PUBLISHED_STATUS_MIX = STATUS_MIX.filter(([status]) => PUBLISHED.has(status));
const TERMS = [1, 3, 6, 9, 12, 18, 24, 36] as const;
const GRADES: readonly RiskGrade[] = ["A", "B", "C", "D", "E"];

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

/**
 * Fills an empty, migrated database with companies, 50 investors (who cannot log in) and `projects` loan projects
 * with realistic dates, amounts, rates and progress, deterministically (the same data every run). Used by
 * `npm run bench` and `npm run bench:http`.
 */
export async function seedProjects(db: Db, options: SeedOptions, now: Date): Promise<SeedResult> {
  const rnd = random(20_261_125);
  const users = Array.from({ length: options.companies }, (_, i) => ({
    id: `bench-company-user-${i}`,
    email: `company-${i}@bench.test`,
    passwordHash: "x",
    role: "COMPANY" as const,
    displayName: `Bench company ${i}`,
  }));
  const investors = Array.from({ length: 50 }, (_, i) => ({
    id: `bench-investor-${i}`,
    email: `investor-${i}@bench.test`,
    passwordHash: "x",
    role: "INVESTOR" as const,
    displayName: `investor${i}`,
  }));
  await inBatches([...users, ...investors], (batch) => db.user.createMany({ data: batch }));
  await inBatches(
    investors.filter((_, i) => i % 2 === 0),
    (batch) =>
      db.investorProfile.createMany({
        data: batch.map((u, i) => ({
          userId: u.id,
          realName: `${"张王李赵陈刘"[i % 6]}测试`,
          idNumberCipher: "x",
          idNumberHash: u.id,
          idNumberLast4: "0000",
        })),
      }),
  );
  await inBatches(users, (batch) =>
    db.company.createMany({
      data: batch.map((u, i) => ({
        id: `bench-company-${i}`,
        userId: u.id,
        name: `基准测试企业 ${i} 有限公司`,
        creditCode: `BENCH${String(i).padStart(13, "0")}`,
        legalRepresentative: "测试人",
        contactPhone: "13800000000",
        industry: "测试",
        registeredCapitalFen: 100_000_000n,
        status: "NORMAL" as const,
        activatedAt: new Date(now.getTime() - 1_000 * DAY),
      })),
    }),
  );

  const statusCounts = new Map<LoanStatus, number>();
  const projects: Prisma.LoanProjectCreateManyInput[] = [];
  for (let i = 0; i < options.projects; i++) {
    const status = rnd.weighted(options.statusMix ?? STATUS_MIX);
    statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
    const amountFen = BigInt(rnd.int(10, 10_000)) * 100_000n; // ¥1,000 steps from ¥10,000 to ¥10,000,000
    const fundraisingDays = rnd.int(5, 30);
    const published = PUBLISHED.has(status);
    // Open projects were published recently; the rest over the last three years.
    const publishedAt = published
      ? new Date(
          now.getTime() -
            (status === "FUNDRAISING" ? rnd.int(0, fundraisingDays - 1) : rnd.int(fundraisingDays, 3 * 365)) * DAY -
            rnd.int(0, DAY),
        )
      : null;
    const fundedFen =
      status === "FUNDRAISING"
        ? (amountFen * BigInt(rnd.int(0, 99))) / 100n
        : status === "FAILED"
          ? (amountFen * BigInt(rnd.int(0, 80))) / 100n
          : published
            ? amountFen
            : 0n;
    projects.push({
      id: `bench-project-${String(i).padStart(6, "0")}`,
      companyId: `bench-company-${rnd.int(0, options.companies - 1)}`,
      title: `基准测试项目 ${i}`,
      purpose: "经营周转",
      amountFen,
      annualRateBp: rnd.int(60, 240) * 10,
      termMonths: rnd.pick(TERMS),
      repaymentMethod: rnd.pick(RepaymentMethods),
      fundraisingDays,
      minInvestmentFen: 10_000n,
      status,
      riskGrade: published ? rnd.pick(GRADES) : null,
      fundedFen,
      fundraisingDeadline: publishedAt ? new Date(publishedAt.getTime() + fundraisingDays * DAY) : null,
      publishedAt,
      submittedAt: status === "DRAFT" ? null : new Date((publishedAt ?? now).getTime() - 2 * DAY),
      createdAt: new Date((publishedAt ?? now).getTime() - 3 * DAY),
    });
  }
  await inBatches(projects, (batch) => db.loanProject.createMany({ data: batch }));

  const detail = projects.find((p) => p.status === "FUNDRAISING");
  if (!detail?.id) throw new Error("no FUNDRAISING project generated");
  const investments = Array.from({ length: options.investments }, (_, i) => ({
    projectId: detail.id as string,
    investorId: investors[i % investors.length].id,
    amountFen: 10_000n,
    status: "CONFIRMED" as const,
    createdAt: new Date(now.getTime() - i * 60_000),
  }));
  await inBatches(investments, (batch) => db.investment.createMany({ data: batch }));
  return { detailId: detail.id, statusCounts };
}
