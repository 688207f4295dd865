import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BusinessDate, businessDateOf } from "@/lib/domain/dates";
import {
  businessDatesOf,
  gatewayCorrectionFen,
  type MatchInput,
  matchStatement,
  occurrences,
  type PlatformMovement,
  type StatementLineFact,
} from "./match";

const DAY = "2026-12-01" as BusinessDate;

const movement = (
  i: number,
  source: "DEPOSIT" | "OUTFLOW",
  amountFen: bigint,
  status = source === "DEPOSIT" ? "PAID" : "TRANSFERRED",
): PlatformMovement => ({
  source,
  id: `${source === "DEPOSIT" ? "dep" : "out"}-${i}`,
  serial: `S-${source}-${i}`,
  direction: source === "DEPOSIT" ? "IN" : "OUT",
  amountFen,
  businessDate: DAY,
  status,
});

const lineOf = (m: PlatformMovement, lineNo: number, occurrence = 0): StatementLineFact => ({
  lineNo,
  serial: m.serial,
  occurrence,
  direction: m.direction,
  amountFen: m.amountFen,
  businessDate: m.businessDate,
  orderNo: m.source === "DEPOSIT" ? m.id : null,
  reference: m.source === "OUTFLOW" ? m.id : null,
});

function inputFor(movements: PlatformMovement[], lines: StatementLineFact[], extra: Partial<MatchInput> = {}): MatchInput {
  return {
    lines,
    bySerial: new Map(movements.filter((m) => lines.some((l) => l.serial === m.serial)).map((m) => [m.serial, m])),
    inPeriod: movements,
    onEarlierStatements: new Set(),
    depositOrders: new Set(),
    outflowRefs: new Set(),
    ...extra,
  };
}

const movementsArb = fc
  .array(fc.record({ out: fc.boolean(), amount: fc.bigInt({ min: 1n, max: 10n ** 12n }), reconciled: fc.boolean() }), {
    minLength: 1,
    maxLength: 40,
  })
  .map((specs) =>
    specs.map((spec, i) =>
      movement(i, spec.out ? "OUTFLOW" : "DEPOSIT", spec.amount, spec.out ? (spec.reconciled ? "RECONCILED" : "TRANSFERRED") : "PAID"),
    ),
  );

describe("matchStatement", () => {
  it("a statement that lists exactly the platform's movements matches every line and finds nothing else", () => {
    fc.assert(
      fc.property(movementsArb, (movements) => {
        const result = matchStatement(
          inputFor(
            movements,
            movements.map((m, i) => lineOf(m, i + 1)),
          ),
        );
        expect(result.differences).toEqual([]);
        expect(result.matched.map((m) => m.movement)).toEqual(movements);
        expect(result.toReconcile).toEqual(movements.filter((m) => m.status === "TRANSFERRED").map((m) => m.id));
      }),
    );
  });

  it("one change to the statement gives exactly one difference of its kind", () => {
    fc.assert(
      fc.property(movementsArb, fc.nat(), fc.constantFrom("drop", "alter", "double", "add"), (movements, pick, change) => {
        const lines = movements.map((m, i) => lineOf(m, i + 1));
        const at = pick % lines.length;
        const target = lines[at] as StatementLineFact;
        if (change === "drop") lines.splice(at, 1);
        if (change === "alter") lines[at] = { ...target, amountFen: target.amountFen + 1n };
        if (change === "double") lines.splice(at + 1, 0, { ...target, occurrence: 1 });
        if (change === "add") lines.push({ ...target, serial: "NEW-1", lineNo: 999, orderNo: "dep-x", reference: null, direction: "IN" });
        const result = matchStatement(inputFor(movements, lines, { depositOrders: new Set(["dep-x"]) }));
        const kind = { drop: "MISSING_AT_GATEWAY", alter: "AMOUNT_MISMATCH", double: "DUPLICATE_SERIAL", add: "MISSING_ON_PLATFORM" }[
          change
        ];
        expect(result.differences.map((d) => d.kind)).toEqual([kind]);
        const [difference] = result.differences;
        expect(difference?.serial).toBe(change === "add" ? "NEW-1" : target.serial);
        if (change === "add") expect(difference?.depositId).toBe("dep-x");
        expect(result.matched).toHaveLength(change === "drop" || change === "alter" ? movements.length - 1 : movements.length);
      }),
    );
  });

  it("a movement on an earlier statement is not missing at the gateway; a line of the other direction does not match", () => {
    const m = movement(1, "DEPOSIT", 100n);
    expect(matchStatement(inputFor([m], [], { onEarlierStatements: new Set([m.serial]) })).differences).toEqual([]);
    const wrongWay = { ...lineOf(m, 1), direction: "OUT" as const };
    const result = matchStatement({ ...inputFor([m], [wrongWay]), bySerial: new Map([[m.serial, m]]) });
    expect(result.differences.map((d) => d.kind)).toEqual(["MISSING_ON_PLATFORM"]);
  });

  it("a mistyped outflow serial: the real transfer's OUT line is linked to the outflow its reference names", () => {
    const o = movement(7, "OUTFLOW", 900n);
    const realLine = { ...lineOf(o, 1), serial: "REAL-7" };
    const result = matchStatement({ ...inputFor([o], [realLine]), bySerial: new Map(), outflowRefs: new Set([o.id]) });
    expect(result.differences).toEqual([
      expect.objectContaining({ kind: "MISSING_ON_PLATFORM", serial: "REAL-7", outflowId: o.id, statementAmountFen: 900n }),
      expect.objectContaining({ kind: "MISSING_AT_GATEWAY", serial: o.serial, outflowId: o.id, platformAmountFen: 900n }),
    ]);
  });
});

describe("occurrences", () => {
  it("numbers each serial's lines from 0 in order", () => {
    expect(occurrences(["a", "b", "a", "a", "c", "b"])).toEqual([0, 0, 1, 2, 0, 1]);
  });
});

describe("businessDatesOf", () => {
  it("equals businessDateOf for every instant", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4_102_444_800_000 }), { maxLength: 50 }),
        fc.constantFrom("Asia/Shanghai", "America/New_York", "Asia/Kathmandu"),
        (times, zone) => {
          const instants = times.map((t) => new Date(t));
          expect(businessDatesOf(instants, zone)).toEqual(instants.map((i) => businessDateOf(i, zone)));
        },
      ),
    );
  });
});

describe("gatewayCorrectionFen", () => {
  it("brings the gateway account to what the statement says", () => {
    // More received than recorded: the gateway account goes further below zero.
    expect(gatewayCorrectionFen({ kind: "AMOUNT_MISMATCH", direction: "IN", statementAmountFen: 301n, platformAmountFen: 300n })).toBe(-1n);
    // More paid out than recorded.
    expect(gatewayCorrectionFen({ kind: "AMOUNT_MISMATCH", direction: "OUT", statementAmountFen: 301n, platformAmountFen: 300n })).toBe(1n);
    expect(gatewayCorrectionFen({ kind: "MISSING_ON_PLATFORM", direction: "IN", statementAmountFen: 50n, platformAmountFen: null })).toBe(
      -50n,
    );
    expect(gatewayCorrectionFen({ kind: "MISSING_AT_GATEWAY", direction: "IN", statementAmountFen: null, platformAmountFen: 50n })).toBe(
      50n,
    );
    expect(gatewayCorrectionFen({ kind: "MISSING_AT_GATEWAY", direction: "OUT", statementAmountFen: null, platformAmountFen: 50n })).toBe(
      -50n,
    );
    // A doubled line: the extra occurrence, whatever the platform's one movement was.
    expect(gatewayCorrectionFen({ kind: "DUPLICATE_SERIAL", direction: "IN", statementAmountFen: 50n, platformAmountFen: 50n })).toBe(-50n);
  });
});
