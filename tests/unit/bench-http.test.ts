import { describe, expect, it } from "vitest";
import { closedLoopRate, combineParallel, combineRounds, type Figures, type Measurement, mostlyFailed } from "@/bench/http/figures";
import { roundRobin } from "@/bench/http/rounds";
import { latencyTable, scalingTable, throughputTable } from "@/bench/http/table";
import { deepPageNumber, staticAssetFrom, type TargetId } from "@/bench/http/targets";
import { verdicts } from "@/bench/http/verdicts";

// The arithmetic and the verdicts of `npm run bench:http` (bench/http): what the printed figures and PASS/FAIL lines mean.

const run = (responses: number, rps: number, latenciesMs: number[], non2xx = 0, errors = 0): Measurement => ({
  responses,
  rps,
  latenciesMs,
  non2xx,
  errors,
});

const figures = (rps: number, p99 = 10, extra: Partial<Figures> = {}): Figures => ({
  rps,
  p50: p99 / 2,
  p99,
  responses: Math.round(rps * 10),
  non2xx: 0,
  errors: 0,
  ...extra,
});

const labels: Record<TargetId, string> = {
  static: "static asset",
  health: "/api/health",
  home: "/",
  loans: "/loans",
  deep: "/loans?sort=rate_desc&page=499",
  project: "/loans/<id>",
  investorLoans: "/loans (investor)",
};

describe("closedLoopRate", () => {
  it("is clients ÷ mean response time (Little's law), whatever was cut off at the end of the run", () => {
    // 32 clients on a page answering in 2 s on average: 16 pages a second, though a 6 s run sees only ~2 waves complete.
    expect(closedLoopRate(32, 64, 64 * 2_000)).toBe(16);
    expect(closedLoopRate(8, 4_000, 4_000 * 12.5)).toBe(640);
    expect(closedLoopRate(8, 0, 0)).toBe(0);
  });
});

describe("combineRounds", () => {
  it("averages the rounds' rates and takes percentiles over every sample of every round", () => {
    const latencies = Array.from({ length: 100 }, (_, i) => i + 1); // 1..100 ms
    const result = combineRounds([run(300, 150, latencies.slice(0, 50), 1), run(100, 50, latencies.slice(50), 0, 2)]);
    expect(result.rps).toBe(100);
    expect(result.p50).toBe(50);
    expect(result.p99).toBe(99);
    expect(result).toMatchObject({ responses: 400, non2xx: 1, errors: 2 });
  });

  it("gives no latency (NaN, printed as –) when no 2xx response came back", () => {
    const result = combineRounds([run(0, 0, [])]);
    expect(result.rps).toBe(0);
    expect(result.p99).toBeNaN();
  });
});

describe("combineParallel", () => {
  it("adds the rates of runs that loaded two servers at the same time and pools their latencies", () => {
    const both = combineParallel([run(1000, 100, [5, 6], 1), run(1200, 120, [7], 0, 3)]);
    expect(both).toEqual({ responses: 2200, rps: 220, latenciesMs: [5, 6, 7], non2xx: 1, errors: 3 });
  });
});

describe("mostlyFailed", () => {
  it("is true when more than half of the attempts failed or answered non-2xx, or nothing answered", () => {
    expect(mostlyFailed({ responses: 100, non2xx: 40, errors: 0 })).toBe(false);
    expect(mostlyFailed({ responses: 100, non2xx: 40, errors: 30 })).toBe(true);
    expect(mostlyFailed({ responses: 100, non2xx: 51, errors: 0 })).toBe(true);
    expect(mostlyFailed({ responses: 0, non2xx: 0, errors: 0 })).toBe(true);
  });
});

describe("roundRobin", () => {
  it("interleaves the jobs round by round and combines each job's rounds", async () => {
    const order: string[] = [];
    const job = (key: string, responses: number) => ({
      key,
      run: async () => {
        order.push(key);
        return run(responses, responses, [1]);
      },
    });
    const result = await roundRobin([job("a", 10), job("b", 20)], 3);
    expect(order).toEqual(["a", "b", "a", "b", "a", "b"]);
    expect(result.get("a")?.rps).toBe(10);
    expect(result.get("b")?.rps).toBe(20);
  });
});

describe("verdicts", () => {
  it("compares throughput with the static asset's and p99 at 32 clients with 250 ms, for the issue's targets only", () => {
    const lines = verdicts({
      labels,
      base: {
        static: figures(1000),
        health: figures(50),
        home: figures(300),
        loans: figures(299),
        project: figures(400),
        investorLoans: figures(49.8),
      },
      loaded: {
        home: figures(300, 249.9),
        loans: figures(300, 250),
        deep: figures(300, 10),
        project: figures(300, 100),
        investorLoans: figures(1, 900),
      },
    });
    expect(lines.map((l) => `${l.pass ? "PASS" : "FAIL"} ${l.text}`)).toEqual([
      "PASS /: 0.300× the static asset (target ≥ 0.3×)",
      "FAIL /loans: 0.299× the static asset (target ≥ 0.3×)",
      "PASS /loans/<id>: 0.400× the static asset (target ≥ 0.3×)",
      "FAIL /loans (investor): 0.0498× the static asset (target ≥ 0.05×)",
      "PASS /: p99 249.9 ms at 32 clients (target < 250 ms)",
      "FAIL /loans: p99 250.0 ms at 32 clients (target < 250 ms)",
      "PASS /loans?sort=rate_desc&page=499: p99 10.0 ms at 32 clients (target < 250 ms)",
      "PASS /loans/<id>: p99 100.0 ms at 32 clients (target < 250 ms)",
    ]);
  });

  it("fails a latency target that got no 2xx response at all", () => {
    const [line] = verdicts({ labels, base: {}, loaded: { home: figures(0, Number.NaN) } });
    expect(line).toEqual({ pass: false, text: "/: p99 – ms at 32 clients (target < 250 ms)" });
  });
});

describe("tables", () => {
  it("prints each target's rps as a ratio to the first row's, in an aligned Markdown table", () => {
    const table = throughputTable([
      { label: "static asset", figures: figures(1680, 12.34) },
      { label: "/loans", figures: figures(36, 420, { non2xx: 2, errors: 1 }) },
    ]);
    expect(table.split("\n")).toEqual([
      "| target       | rps  | p50 ms | p99 ms | ÷ static | non-2xx / errors |",
      "| ------------ | ---- | ------ | ------ | -------- | ---------------- |",
      "| static asset | 1680 | 6.2    | 12.3   | 1.00     | 0 / 0            |",
      "| /loans       | 36.0 | 210.0  | 420.0  | 0.0214   | 2 / 1            |",
    ]);
  });

  it("prints the latency table and the two-instance gain", () => {
    expect(latencyTable([{ label: "/", figures: figures(40, 2200) }]).split("\n")[2]).toBe(
      "| /      | 40.0 | 1100   | 2200   | 0 / 0            |",
    );
    expect(scalingTable([{ label: "/loans", one: figures(36, 400), two: figures(63, 300) }]).split("\n")[2]).toBe(
      "| /loans | 36.0           | 63.0            | 1.75           | 400.0 → 300.0  | 0 / 0; 0 / 0     |",
    );
  });
});

describe("targets", () => {
  it("takes a listing page near the end: the last but one", () => {
    expect(deepPageNumber(10_000, 20)).toBe(499);
    expect(deepPageNumber(10_001, 20)).toBe(500);
    expect(deepPageNumber(5, 20)).toBe(1);
  });

  it("finds the first script the page loads from /_next/static/", () => {
    const html =
      '<link rel="stylesheet" href="/_next/static/chunks/a.css"/><script src="https://cdn.example/x.js"></script>' +
      '<script nonce="n" src="/_next/static/chunks/0rv1mp5-kt-u0.js" async=""></script><script src="/_next/static/chunks/b.js"></script>';
    expect(staticAssetFrom(html)).toBe("/_next/static/chunks/0rv1mp5-kt-u0.js");
    expect(staticAssetFrom("<html></html>")).toBeNull();
  });
});
