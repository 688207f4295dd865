// `npm run bench:money`: money at scale on PostgreSQL (issue 10, item 4). Each scenario times the set-based code
// of lib/ against the same work done row by row, alternately in the same run, and prints both with their ratio.
// BENCH_MONEY_ROWS (5000) sets the number of investors, BENCH_MONEY_RUNS (3) the timed runs of each variant.

import os from "node:os";
import { performance } from "node:perf_hooks";
import { withTransaction } from "@/lib/server/db/transaction";
import { type EntrySpec, platformGateway, postEntry, userAvailable } from "@/lib/server/ledger";
import { applyTransitionMany } from "@/lib/server/lifecycle";
import { createLoanProject } from "../../tests/integration/support/factories";
import { createPostgresBenchDatabase } from "../database";
import { adminDatabaseUrl } from "../http/config";
import { postEntryRowByRow } from "./row-by-row-posting";
import { refundRowByRow } from "./row-by-row-transition";

const ROWS = Number(process.env.BENCH_MONEY_ROWS ?? 5000);
const RUNS = Number(process.env.BENCH_MONEY_RUNS ?? 3);
/** Issue 10's targets: under 0.5 s on a 2-core machine, and at least 10× faster than row by row. */
const MAX_MS = 500;
const MIN_SPEEDUP = 10;

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] as number;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** One entry paying every investor ¥1 from the gateway (the shape of a pro-rata repayment): ROWS + 1 postings. */
function payout(investorIds: string[], key: string): EntrySpec {
  return {
    idempotencyKey: key,
    kind: "REPAYMENT",
    postings: [
      { account: platformGateway(), amountFen: -100n * BigInt(investorIds.length) },
      ...investorIds.map((id) => ({ account: userAvailable(id), amountFen: 100n })),
    ],
  };
}

async function main() {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  console.log(`Machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString()}.`);
  const db = await createPostgresBenchDatabase(adminDatabaseUrl());
  console.log(`${db.label}; ${ROWS} investors, ${RUNS} timed runs per variant, alternating.`);
  try {
    const users = Array.from({ length: ROWS }, (_, i) => ({
      email: `bench-investor-${i}@example.test`,
      passwordHash: "not-a-real-hash",
      displayName: `Investor ${i}`,
      role: "INVESTOR" as const,
    }));
    await db.prisma.user.createMany({ data: users });
    const ids = (await db.prisma.user.findMany({ select: { id: true }, orderBy: { email: "asc" } })).map((u) => u.id);
    // Creates the accounts once, so every timed run does the same work.
    await withTransaction(db.prisma, (tx) => postEntry(tx, payout(ids, "bench-warm-up")));

    const setBased: number[] = [];
    const rowByRow: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      setBased.push(
        await timed(() => withTransaction(db.prisma, (tx) => postEntry(tx, payout(ids, `bench-set-${run}`)), { timeout: 120_000 })),
      );
      rowByRow.push(await timed(() => postEntryRowByRow(db.prisma, payout(ids, `bench-row-${run}`))));
    }
    report(`one journal entry with ${ROWS + 1} postings`, median(setBased), median(rowByRow));

    // A failed project's investments refunded: ROWS investments per run and variant, all PENDING.
    const project = await createLoanProject(db.prisma, { status: "FAILED" });
    const pending = async () => {
      await db.prisma.investment.createMany({ data: ids.map((investorId) => ({ projectId: project.id, investorId, amountFen: 100n })) });
      return (await db.prisma.investment.findMany({ where: { projectId: project.id, status: "PENDING" }, select: { id: true } })).map(
        (i) => i.id,
      );
    };
    const bulk: number[] = [];
    const oneByOne: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const forBulk = await pending();
      bulk.push(
        await timed(() =>
          withTransaction(db.prisma, (tx) =>
            applyTransitionMany(tx, { entity: "INVESTMENT", ids: forBulk, from: "PENDING", event: "REFUND", actor: null }),
          ),
        ),
      );
      const forRows = await pending();
      oneByOne.push(await timed(() => refundRowByRow(db.prisma, forRows)));
    }
    report(`${ROWS} investments refunded in one transition`, median(bulk), median(oneByOne));
  } finally {
    await db.close({ keep: process.env.BENCH_KEEP === "1" });
  }
}

function report(what: string, setMs: number, rowMs: number) {
  const speedup = rowMs / setMs;
  console.log(`\n${what}: set-based ${setMs.toFixed(0)} ms, row by row ${rowMs.toFixed(0)} ms (median of ${RUNS}), ×${speedup.toFixed(1)}`);
  console.log(`${setMs < MAX_MS ? "PASS" : "FAIL"}  ${what}: ${setMs.toFixed(0)} ms (target < ${MAX_MS} ms)`);
  console.log(`${speedup >= MIN_SPEEDUP ? "PASS" : "FAIL"}  ${what}: ×${speedup.toFixed(1)} row by row (target ≥ ×${MIN_SPEEDUP})`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
