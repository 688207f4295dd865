// `npm run bench:repayment`: one repayment distributed to 5,000 investors on PostgreSQL (issue 12: < 0.5 s). A loan
// project is put in REPAYING with BENCH_REPAYMENT_INVESTORS (5000) holding investments (its schedule and claims
// stored by the real storeRepaymentSchedule), and the company pays instalment after instalment on its due date
// through repayFromWallet: each one accrues, allocates, splits among 5,000 claims, posts one entry of 5,002
// postings and updates 5,000 claims. The same is timed on a project of a tenth of the investors in the same run,
// as the baseline: the ratio shows how the time grows with the investors.

import os from "node:os";
import { performance } from "node:perf_hooks";
import { businessDate } from "@/lib/domain/dates";
import { fixedClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { storeRepaymentSchedule } from "@/lib/server/disbursement/store-repayment-schedule";
import { platformGateway, postEntry, userAvailable } from "@/lib/server/ledger";
import { repayFromWallet } from "@/lib/server/repayments/repay-from-wallet";
import { createCompany, createLoanProject } from "../../tests/integration/support/factories";
import { createPostgresBenchDatabase } from "../database";
import { adminDatabaseUrl } from "../http/config";

const INVESTORS = Number(process.env.BENCH_REPAYMENT_INVESTORS ?? 5000);
const RUNS = Number(process.env.BENCH_REPAYMENT_RUNS ?? 3);
const MAX_MS = 500;
const START = businessDate("2026-12-01");

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] as number;

/** A REPAYING project of `investors` equal investments of ¥1,000, 12 months at 10 %, its company's wallet funded. */
async function repayingProject(db: Db, investors: number, tag: string) {
  const company = await createCompany(db);
  const amountFen = 100_000n * BigInt(investors);
  const project = await createLoanProject(db, {
    companyId: company.id,
    status: "REPAYING",
    amountFen,
    fundedFen: amountFen,
    annualRateBp: 1000,
    termMonths: 12,
    repaymentMethod: "EQUAL_INSTALLMENT",
    disbursedAt: new Date(`${START}T02:00:00Z`),
  });
  await db.user.createMany({
    data: Array.from({ length: investors }, (_, i) => ({
      email: `bench-${tag}-${i}@example.test`,
      passwordHash: "not-a-real-hash",
      displayName: `Investor ${tag} ${i}`,
      role: "INVESTOR" as const,
    })),
  });
  const users = await db.user.findMany({ where: { email: { startsWith: `bench-${tag}-` } }, select: { id: true } });
  await db.investment.createMany({
    data: users.map((u) => ({ projectId: project.id, investorId: u.id, amountFen: 100_000n, status: "HOLDING" as const })),
  });
  const investments = await db.investment.findMany({
    where: { projectId: project.id },
    select: { id: true, amountFen: true, createdAt: true },
  });
  await withTransaction(db, (tx) => storeRepaymentSchedule(tx, project, investments, START), { timeout: 120_000 });
  await withTransaction(db, (tx) =>
    postEntry(tx, {
      idempotencyKey: `bench-fund:${project.id}`,
      kind: "DEPOSIT",
      postings: [
        { account: platformGateway(), amountFen: -amountFen * 2n },
        { account: userAvailable(company.userId), amountFen: amountFen * 2n },
      ],
    }),
  );
  // Every investor's wallet exists, as it does for anyone who deposited to invest.
  await withTransaction(db, (tx) =>
    postEntry(tx, {
      idempotencyKey: `bench-wallets:${project.id}`,
      kind: "DEPOSIT",
      postings: [
        { account: platformGateway(), amountFen: -BigInt(users.length) },
        ...users.map((u) => ({ account: userAvailable(u.id), amountFen: 1n })),
      ],
    }),
  );
  const instalments = await db.repaymentInstalment.findMany({ where: { projectId: project.id }, orderBy: { number: "asc" } });
  return { project, companyUserId: company.userId, instalments };
}

/** Pays instalments 1..RUNS on their due dates, timing each repayment. */
async function timeRepayments(db: Db, investors: number, tag: string): Promise<number[]> {
  const { project, companyUserId, instalments } = await repayingProject(db, investors, tag);
  const samples: number[] = [];
  for (const instalment of instalments.slice(0, RUNS)) {
    const clock = fixedClock(`${instalment.dueDate.toISOString().slice(0, 10)}T02:00:00Z`, "Asia/Shanghai");
    const start = performance.now();
    const applied = await repayFromWallet(
      db,
      { id: companyUserId, role: "COMPANY" },
      { projectId: project.id, amountFen: instalment.principalFen + instalment.interestFen },
      { clock },
    );
    samples.push(performance.now() - start);
    if (applied.investors !== investors) throw new Error(`credited ${applied.investors} investors, not ${investors}`);
  }
  return samples;
}

async function main() {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  console.log(`Machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString()}.`);
  const db = await createPostgresBenchDatabase(adminDatabaseUrl());
  console.log(`${db.label}; ${INVESTORS} investors (baseline ${INVESTORS / 10}), ${RUNS} instalments repaid each.`);
  try {
    // Warm-up: the first statements of a process pay for Prisma's and PostgreSQL's plan caches.
    await timeRepayments(db.prisma, 50, "warm");
    const small = await timeRepayments(db.prisma, INVESTORS / 10, "small");
    const large = await timeRepayments(db.prisma, INVESTORS, "large");
    const smallMs = median(small);
    const largeMs = median(large);
    console.log(
      `\none repayment to ${INVESTORS / 10} investors: ${small.map((ms) => ms.toFixed(0)).join(", ")} ms (median ${smallMs.toFixed(0)})`,
    );
    console.log(
      `one repayment to ${INVESTORS} investors: ${large.map((ms) => ms.toFixed(0)).join(", ")} ms (median ${largeMs.toFixed(0)})`,
    );
    console.log(`×${(largeMs / smallMs).toFixed(1)} for ×10 investors`);
    console.log(
      `${largeMs < MAX_MS ? "PASS" : "FAIL"}  one repayment distributed to ${INVESTORS} investors: ${largeMs.toFixed(0)} ms (target < ${MAX_MS} ms)`,
    );
  } finally {
    await db.close({ keep: process.env.BENCH_KEEP === "1" });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
