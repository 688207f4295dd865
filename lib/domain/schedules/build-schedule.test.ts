import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, type BusinessDate, businessDate } from "../dates/business-calendar";
import { scheduleStartDate } from "../dates/loan-dates";
import { annuityPaymentFen } from "./annuity";
import { buildSchedule, scheduleTotals } from "./build-schedule";
import { type LoanTerms, type RepaymentMethod, RepaymentMethods } from "./terms";

/**
 * Reference figures computed independently, NOT by the code under test: printed by
 * docs/domain/reference-schedules.py (Python Decimal arithmetic and the spreadsheet PMT formula
 * P·r / (1 − (1+r)^−n), where the code uses exact bigint fractions). Rows: [due date, principal fen,
 * interest fen, remaining principal fen].
 * Spot check by hand: ¥100,000 at 12% over 12 months is the textbook payment of ¥8,884.88 (first row:
 * ¥7,884.88 principal + ¥1,000.00 interest).
 */
interface ReferenceLoan {
  principalFen: bigint;
  annualRateBp: number;
  termMonths: number;
  method: RepaymentMethod;
  start: string;
  rows: ReadonlyArray<readonly [string, bigint, bigint, bigint]>;
}

const referenceLoans: ReferenceLoan[] = [
  {
    principalFen: 10000000n,
    annualRateBp: 1200,
    termMonths: 12,
    method: "EQUAL_INSTALLMENT",
    start: "2025-01-31",
    rows: [
      ["2025-02-28", 788488n, 100000n, 9211512n],
      ["2025-03-31", 796373n, 92115n, 8415139n],
      ["2025-04-30", 804337n, 84151n, 7610802n],
      ["2025-05-31", 812380n, 76108n, 6798422n],
      ["2025-06-30", 820504n, 67984n, 5977918n],
      ["2025-07-31", 828709n, 59779n, 5149209n],
      ["2025-08-31", 836996n, 51492n, 4312213n],
      ["2025-09-30", 845366n, 43122n, 3466847n],
      ["2025-10-31", 853820n, 34668n, 2613027n],
      ["2025-11-30", 862358n, 26130n, 1750669n],
      ["2025-12-31", 870981n, 17507n, 879688n],
      ["2026-01-31", 879688n, 8797n, 0n],
    ],
  },
  {
    principalFen: 100000000n,
    annualRateBp: 850,
    termMonths: 24,
    method: "EQUAL_INSTALLMENT",
    start: "2025-03-15",
    rows: [
      ["2025-04-15", 3837234n, 708333n, 96162766n],
      ["2025-05-15", 3864414n, 681153n, 92298352n],
      ["2025-06-15", 3891787n, 653780n, 88406565n],
      ["2025-07-15", 3919354n, 626213n, 84487211n],
      ["2025-08-15", 3947116n, 598451n, 80540095n],
      ["2025-09-15", 3975075n, 570492n, 76565020n],
      ["2025-10-15", 4003231n, 542336n, 72561789n],
      ["2025-11-15", 4031588n, 513979n, 68530201n],
      ["2025-12-15", 4060145n, 485422n, 64470056n],
      ["2026-01-15", 4088904n, 456663n, 60381152n],
      ["2026-02-15", 4117867n, 427700n, 56263285n],
      ["2026-03-15", 4147035n, 398532n, 52116250n],
      ["2026-04-15", 4176410n, 369157n, 47939840n],
      ["2026-05-15", 4205993n, 339574n, 43733847n],
      ["2026-06-15", 4235786n, 309781n, 39498061n],
      ["2026-07-15", 4265789n, 279778n, 35232272n],
      ["2026-08-15", 4296005n, 249562n, 30936267n],
      ["2026-09-15", 4326435n, 219132n, 26609832n],
      ["2026-10-15", 4357081n, 188486n, 22252751n],
      ["2026-11-15", 4387943n, 157624n, 17864808n],
      ["2026-12-15", 4419025n, 126542n, 13445783n],
      ["2027-01-15", 4450326n, 95241n, 8995457n],
      ["2027-02-15", 4481849n, 63718n, 4513608n],
      ["2027-03-15", 4513608n, 31971n, 0n],
    ],
  },
  {
    principalFen: 500000000n,
    annualRateBp: 1800,
    termMonths: 36,
    method: "EQUAL_INSTALLMENT",
    start: "2024-08-31",
    rows: [
      ["2024-09-30", 10576198n, 7500000n, 489423802n],
      ["2024-10-31", 10734841n, 7341357n, 478688961n],
      ["2024-11-30", 10895864n, 7180334n, 467793097n],
      ["2024-12-31", 11059302n, 7016896n, 456733795n],
      ["2025-01-31", 11225191n, 6851007n, 445508604n],
      ["2025-02-28", 11393569n, 6682629n, 434115035n],
      ["2025-03-31", 11564472n, 6511726n, 422550563n],
      ["2025-04-30", 11737940n, 6338258n, 410812623n],
      ["2025-05-31", 11914009n, 6162189n, 398898614n],
      ["2025-06-30", 12092719n, 5983479n, 386805895n],
      ["2025-07-31", 12274110n, 5802088n, 374531785n],
      ["2025-08-31", 12458221n, 5617977n, 362073564n],
      ["2025-09-30", 12645095n, 5431103n, 349428469n],
      ["2025-10-31", 12834771n, 5241427n, 336593698n],
      ["2025-11-30", 13027293n, 5048905n, 323566405n],
      ["2025-12-31", 13222702n, 4853496n, 310343703n],
      ["2026-01-31", 13421042n, 4655156n, 296922661n],
      ["2026-02-28", 13622358n, 4453840n, 283300303n],
      ["2026-03-31", 13826693n, 4249505n, 269473610n],
      ["2026-04-30", 14034094n, 4042104n, 255439516n],
      ["2026-05-31", 14244605n, 3831593n, 241194911n],
      ["2026-06-30", 14458274n, 3617924n, 226736637n],
      ["2026-07-31", 14675148n, 3401050n, 212061489n],
      ["2026-08-31", 14895276n, 3180922n, 197166213n],
      ["2026-09-30", 15118705n, 2957493n, 182047508n],
      ["2026-10-31", 15345485n, 2730713n, 166702023n],
      ["2026-11-30", 15575668n, 2500530n, 151126355n],
      ["2026-12-31", 15809303n, 2266895n, 135317052n],
      ["2027-01-31", 16046442n, 2029756n, 119270610n],
      ["2027-02-28", 16287139n, 1789059n, 102983471n],
      ["2027-03-31", 16531446n, 1544752n, 86452025n],
      ["2027-04-30", 16779418n, 1296780n, 69672607n],
      ["2027-05-31", 17031109n, 1045089n, 52641498n],
      ["2027-06-30", 17286576n, 789622n, 35354922n],
      ["2027-07-31", 17545874n, 530324n, 17809048n],
      ["2027-08-31", 17809048n, 267136n, 0n],
    ],
  },
  {
    principalFen: 1000001n,
    annualRateBp: 0,
    termMonths: 3,
    method: "EQUAL_INSTALLMENT",
    start: "2025-06-01",
    rows: [
      ["2025-07-01", 333334n, 0n, 666667n],
      ["2025-08-01", 333334n, 0n, 333333n],
      ["2025-09-01", 333333n, 0n, 0n],
    ],
  },
  {
    principalFen: 5n,
    annualRateBp: 1200,
    termMonths: 7,
    method: "EQUAL_INSTALLMENT",
    start: "2025-01-01",
    rows: [
      ["2025-02-01", 1n, 0n, 4n],
      ["2025-03-01", 1n, 0n, 3n],
      ["2025-04-01", 1n, 0n, 2n],
      ["2025-05-01", 1n, 0n, 1n],
      ["2025-06-01", 1n, 0n, 0n],
      ["2025-07-01", 0n, 0n, 0n],
      ["2025-08-01", 0n, 0n, 0n],
    ],
  },
  {
    principalFen: 5000000n,
    annualRateBp: 1000,
    termMonths: 6,
    method: "EQUAL_PRINCIPAL",
    start: "2025-02-28",
    rows: [
      ["2025-03-28", 833333n, 41667n, 4166667n],
      ["2025-04-28", 833333n, 34723n, 3333334n],
      ["2025-05-28", 833333n, 27778n, 2500001n],
      ["2025-06-28", 833333n, 20834n, 1666668n],
      ["2025-07-28", 833333n, 13889n, 833335n],
      ["2025-08-28", 833335n, 6942n, 0n],
    ],
  },
  {
    principalFen: 33333333n,
    annualRateBp: 777,
    termMonths: 7,
    method: "EQUAL_PRINCIPAL",
    start: "2025-12-31",
    rows: [
      ["2026-01-31", 4761905n, 215833n, 28571428n],
      ["2026-02-28", 4761905n, 185000n, 23809523n],
      ["2026-03-31", 4761905n, 154166n, 19047618n],
      ["2026-04-30", 4761905n, 123333n, 14285713n],
      ["2026-05-31", 4761905n, 92500n, 9523808n],
      ["2026-06-30", 4761905n, 61666n, 4761903n],
      ["2026-07-31", 4761903n, 30835n, 0n],
    ],
  },
  {
    principalFen: 20000000n,
    annualRateBp: 900,
    termMonths: 12,
    method: "INTEREST_FIRST",
    start: "2024-02-29",
    rows: [
      ["2024-03-29", 0n, 150000n, 20000000n],
      ["2024-04-29", 0n, 150000n, 20000000n],
      ["2024-05-29", 0n, 150000n, 20000000n],
      ["2024-06-29", 0n, 150000n, 20000000n],
      ["2024-07-29", 0n, 150000n, 20000000n],
      ["2024-08-29", 0n, 150000n, 20000000n],
      ["2024-09-29", 0n, 150000n, 20000000n],
      ["2024-10-29", 0n, 150000n, 20000000n],
      ["2024-11-29", 0n, 150000n, 20000000n],
      ["2024-12-29", 0n, 150000n, 20000000n],
      ["2025-01-29", 0n, 150000n, 20000000n],
      ["2025-02-28", 20000000n, 150000n, 0n],
    ],
  },
  {
    principalFen: 150000n,
    annualRateBp: 2400,
    termMonths: 3,
    method: "INTEREST_FIRST",
    start: "2025-11-30",
    rows: [
      ["2025-12-30", 0n, 3000n, 150000n],
      ["2026-01-30", 0n, 3000n, 150000n],
      ["2026-02-28", 150000n, 3000n, 0n],
    ],
  },
  {
    principalFen: 12345678n,
    annualRateBp: 1550,
    termMonths: 5,
    method: "BULLET",
    start: "2025-01-31",
    rows: [["2025-06-30", 12345678n, 797325n, 0n]],
  },
  {
    principalFen: 80000000n,
    annualRateBp: 1100,
    termMonths: 18,
    method: "BULLET",
    start: "2025-07-10",
    rows: [["2027-01-10", 80000000n, 13200000n, 0n]],
  },
];

const termsOf = (loan: ReferenceLoan): LoanTerms => ({
  principalFen: loan.principalFen,
  annualRateBp: loan.annualRateBp,
  termMonths: loan.termMonths,
  method: loan.method,
  startDate: businessDate(loan.start),
});

describe("buildSchedule against independently computed references", () => {
  it("covers every method", () => {
    expect(new Set(referenceLoans.map((loan) => loan.method))).toEqual(new Set(RepaymentMethods));
  });

  it.each(
    referenceLoans.map((loan) => [`${loan.method} ${loan.principalFen} fen ${loan.annualRateBp} bp ${loan.termMonths} m`, loan] as const),
  )("%s matches to the fen", (_name, loan) => {
    const actual = buildSchedule(termsOf(loan)).map((i) => [i.dueDate, i.principalFen, i.interestFen, i.remainingPrincipalFen]);
    expect(actual).toEqual(loan.rows);
  });

  it("numbers instalments from 1 and totals each one", () => {
    const schedule = buildSchedule(termsOf(referenceLoans[0]));
    expect(schedule.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(schedule[0].totalFen).toBe(888488n);
    expect(annuityPaymentFen(10_000_000n, 1200, 12)).toBe(888488n);
  });

  it("reports totals", () => {
    expect(scheduleTotals(buildSchedule(termsOf(referenceLoans[0])))).toEqual({
      principalFen: 10_000_000n,
      interestFen: 661_853n,
      totalFen: 10_661_853n,
    });
  });
});

describe("buildSchedule input checks", () => {
  const good: LoanTerms = {
    principalFen: 100n,
    annualRateBp: 1200,
    termMonths: 12,
    method: "EQUAL_INSTALLMENT",
    startDate: businessDate("2025-01-01"),
  };
  it.each([
    ["zero principal", { principalFen: 0n }],
    ["negative rate", { annualRateBp: -1 }],
    ["fractional rate", { annualRateBp: 12.5 }],
    ["zero term", { termMonths: 0 }],
    ["fractional term", { termMonths: 1.5 }],
    ["absurd term", { termMonths: 601 }],
    ["unknown method", { method: "BALLOON" as RepaymentMethod }],
    ["invalid date", { startDate: "2025-02-30" as BusinessDate }],
    ["an instant instead of a date", { startDate: "2025-01-01T00:00:00Z" as BusinessDate }],
  ])("refuses %s", (_name, change) => {
    expect(() => buildSchedule({ ...good, ...change })).toThrow(RangeError);
  });
});

describe("buildSchedule properties", () => {
  const terms = fc.record({
    principalFen: fc.bigInt({ min: 1n, max: 10n ** 12n }),
    annualRateBp: fc.integer({ min: 0, max: 3600 }),
    termMonths: fc.integer({ min: 1, max: 60 }),
    method: fc.constantFrom(...RepaymentMethods),
    startDate: fc.integer({ min: 0, max: 36_525 }).map((n) => addDays(businessDate("2000-01-01"), n)),
  });

  it("repays exactly the principal, in non-negative parts, with consistent totals and balances", () => {
    fc.assert(
      fc.property(terms, (t) => {
        const schedule = buildSchedule(t);
        expect(schedule.length).toBe(t.method === "BULLET" ? 1 : t.termMonths);
        let owed = t.principalFen;
        for (const instalment of schedule) {
          expect(instalment.principalFen >= 0n && instalment.interestFen >= 0n).toBe(true);
          expect(instalment.totalFen).toBe(instalment.principalFen + instalment.interestFen);
          owed -= instalment.principalFen;
          expect(instalment.remainingPrincipalFen).toBe(owed);
        }
        expect(owed).toBe(0n);
        expect(scheduleTotals(schedule).principalFen).toBe(t.principalFen);
      }),
    );
  });

  it("keeps equal instalments level except the last, whenever amounts are realistic", () => {
    fc.assert(
      fc.property(terms, (t) => {
        fc.pre(t.principalFen >= 100_000n); // ≥ ¥1,000: the cap for tiny loans never binds
        const schedule = buildSchedule({ ...t, method: "EQUAL_INSTALLMENT" });
        const payment = annuityPaymentFen(t.principalFen, t.annualRateBp, t.termMonths);
        for (const instalment of schedule.slice(0, -1)) expect(instalment.totalFen).toBe(payment);
        // The last one differs from the level payment only by accumulated rounding: at most one fen a
        // month, each compounding at the monthly rate until maturity, so |Δ| ≤ n·(1+r)^n fen.
        const n = BigInt(t.termMonths);
        const growth = (120_000n + BigInt(t.annualRateBp)) ** n;
        const bound = (n * growth) / 120_000n ** n + 1n;
        const delta = schedule[schedule.length - 1].totalFen - payment;
        expect(delta >= -bound && delta <= bound).toBe(true);
      }),
    );
  });

  it("charges interest only on what is still owed (等额本金: see its own properties)", () => {
    fc.assert(
      fc.property(terms, (t) => {
        fc.pre(t.method !== "BULLET" && t.method !== "EQUAL_PRINCIPAL");
        const schedule = buildSchedule(t);
        let owed = t.principalFen;
        for (const instalment of schedule) {
          const exactTimes120000 = owed * BigInt(t.annualRateBp);
          const diff = instalment.interestFen * 120_000n - exactTimes120000;
          expect(diff * 2n <= 120_000n && diff * 2n >= -120_000n).toBe(true);
          owed -= instalment.principalFen;
        }
      }),
    );
  });

  it("clamps due dates to the month's end without drifting", () => {
    const schedule = buildSchedule({
      principalFen: 1_200_00n,
      annualRateBp: 1000,
      termMonths: 4,
      method: "EQUAL_PRINCIPAL",
      startDate: businessDate("2023-11-30"),
    });
    expect(schedule.map((i) => i.dueDate)).toEqual(["2023-12-30", "2024-01-30", "2024-02-29", "2024-03-30"]);
  });
});

describe("buildSchedule on business dates", () => {
  const monthly = (startDate: BusinessDate, termMonths: number) =>
    buildSchedule({ principalFen: 1_200_000n, annualRateBp: 1200, termMonths, method: "EQUAL_PRINCIPAL", startDate }).map((i) => i.dueDate);

  it("falls due at month ends from a start on the 31st, counted from the start each time", () => {
    expect(monthly(businessDate("2025-01-31"), 4)).toEqual(["2025-02-28", "2025-03-31", "2025-04-30", "2025-05-31"]);
    expect(monthly(businessDate("2024-01-31"), 3)).toEqual(["2024-02-29", "2024-03-31", "2024-04-30"]);
  });

  it("falls due on the 30th for a project published at 2026-11-30 07:14 China time (23:14Z the day before)", () => {
    const start = scheduleStartDate(new Date("2026-11-29T23:14:00Z"), "Asia/Shanghai");
    expect(monthly(start, 3)).toEqual(["2026-12-30", "2027-01-30", "2027-02-28"]);
  });
});

/**
 * Issue 14: the textbook case every Chinese bank calculator prints, ¥1,000,000 at 4.90 % a year over 360
 * months. Figures from the issue and from docs/domain/reference-schedules.py (its last lines), not from the code.
 */
describe("the calculators' textbook case", () => {
  const textbook = (method: RepaymentMethod) =>
    buildSchedule({ principalFen: 100_000_000n, annualRateBp: 490, termMonths: 360, method, startDate: businessDate("2025-01-15") });

  it("等额本息: ¥5,307.27 a month, the last ¥5,305.19 absorbing the rounding, interest paid ¥910,615.12", () => {
    const schedule = textbook("EQUAL_INSTALLMENT");
    expect(schedule[0].totalFen).toBe(530_727n);
    expect(schedule[1].totalFen).toBe(530_727n);
    expect(schedule[359].totalFen).toBe(530_519n);
    expect(scheduleTotals(schedule).interestFen).toBe(91_061_512n);
  });

  it("等额本金: ¥6,861.11 then ¥6,849.77 (principal ¥2,777.78 rounded, not truncated), the last ¥2,789.12, interest ¥737,041.67", () => {
    const schedule = textbook("EQUAL_PRINCIPAL");
    expect([schedule[0].principalFen, schedule[0].interestFen, schedule[0].totalFen]).toEqual([277_778n, 408_333n, 686_111n]);
    expect(schedule[1].totalFen).toBe(684_977n);
    // The last takes the principal left (¥2,777.78 less the 359 × ¼ fen rounded up) and the interest residue.
    expect([schedule[359].principalFen, schedule[359].interestFen, schedule[359].totalFen]).toEqual([277_698n, 1_214n, 278_912n]);
    expect(scheduleTotals(schedule)).toEqual({ principalFen: 100_000_000n, interestFen: 73_704_167n, totalFen: 173_704_167n });
  });
});

describe("等额本金 against exact rational arithmetic", () => {
  const terms = fc.record({
    principalFen: fc.bigInt({ min: 1n, max: 10n ** 12n }),
    annualRateBp: fc.integer({ min: 0, max: 3600 }),
    termMonths: fc.integer({ min: 1, max: 360 }),
    startDate: fc.constant(businessDate("2025-01-31")),
  });
  /** |x − num/den| ≤ ½ fen, in integers: |2·(x·den − num)| ≤ den. */
  const withinHalfFen = (x: bigint, num: bigint, den: bigint) => {
    const twice = 2n * (x * den - num);
    return twice <= den && twice >= -den;
  };

  it("every instalment but the last is within half a fen of A/n + (A − (k−1)·A/n)·r, its principal of A/n", () => {
    fc.assert(
      fc.property(terms, (t) => {
        const schedule = buildSchedule({ ...t, method: "EQUAL_PRINCIPAL" });
        const n = BigInt(t.termMonths);
        const bp = BigInt(t.annualRateBp);
        const share = schedule[0].principalFen;
        for (const instalment of schedule.slice(0, -1)) {
          // Only tiny loans (A < n(n−1)/2 fen) can owe less than the share before the last month (capped).
          if (instalment.principalFen + instalment.remainingPrincipalFen < share) {
            expect(2n * t.principalFen < n * (n - 1n)).toBe(true);
            continue;
          }
          const monthsLeft = n - BigInt(instalment.number) + 1n;
          // A/n + A·(n−k+1)/n · bp/120000 = A·(120000 + (n−k+1)·bp) / (120000·n)
          expect(withinHalfFen(instalment.totalFen, t.principalFen * (120_000n + monthsLeft * bp), 120_000n * n)).toBe(true);
          expect(withinHalfFen(instalment.principalFen, t.principalFen, n)).toBe(true);
        }
      }),
    );
  });

  it("interest sums to A·r·(n+1)/2 rounded whenever the last instalment's interest need not be floored at 0", () => {
    fc.assert(
      fc.property(terms, (t) => {
        const schedule = buildSchedule({ ...t, method: "EQUAL_PRINCIPAL" });
        fc.pre(schedule[schedule.length - 1].interestFen > 0n);
        const n = BigInt(t.termMonths);
        const exactTimes240000 = t.principalFen * BigInt(t.annualRateBp) * (n + 1n);
        expect(withinHalfFen(scheduleTotals(schedule).interestFen, exactTimes240000, 240_000n)).toBe(true);
      }),
    );
  });
});
