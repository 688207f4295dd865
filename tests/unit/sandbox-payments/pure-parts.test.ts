import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEV_PAYMENT_WEBHOOK_SECRET, DEV_SANDBOX_API_KEY } from "@/lib/server/payments/get-gateway";
import { nextRetryDelayMs } from "@/sandbox-payments/backoff";
import { DEV_API_KEY, DEV_WEBHOOK_SECRET } from "@/sandbox-payments/config";
import { guardCell, toCsv } from "@/sandbox-payments/csv";
import { fenToYuan, formatYuan, parseYuanInput } from "@/sandbox-payments/money";
import { formatSerial } from "@/sandbox-payments/serials";
import { emptyState, type SandboxState } from "@/sandbox-payments/state";
import { noStatementKnobs, statementJson, statementRows } from "@/sandbox-payments/statement";
import { Store } from "@/sandbox-payments/store";
import { isoCst, parseBound } from "@/sandbox-payments/time";

describe("serials", () => {
  it("are prefix + the day in China + an 8-digit running counter", () => {
    // 2026-11-30 16:30 UTC is already 1 December in China.
    const instant = Date.UTC(2026, 10, 30, 16, 30);
    expect(formatSerial("SBP", instant, 42)).toBe("SBP2026120100000042");
    expect(formatSerial("SBT", Date.UTC(2026, 10, 30, 15, 59), 1)).toBe("SBT2026113000000001");
    expect(formatSerial("SBP", instant, 123456789)).toBe("SBP20261201123456789");
  });

  it("refuse a counter that is not a positive integer", () => {
    expect(() => formatSerial("SBP", 0, 0)).toThrow(RangeError);
    expect(() => formatSerial("SBP", 0, 1.5)).toThrow(RangeError);
  });
});

describe("retry backoff", () => {
  const policy = { baseMs: 1000, maxMs: 60_000, maxAttempts: 12 };

  it("doubles from the base after each failure, capped at the maximum", () => {
    const delays = Array.from({ length: 11 }, (_, index) => nextRetryDelayMs(index + 1, policy));
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000, 60_000]);
  });

  it("stops after the last attempt", () => {
    expect(nextRetryDelayMs(12, policy)).toBeNull();
    expect(nextRetryDelayMs(1, { ...policy, maxAttempts: 1 })).toBeNull();
  });

  it("does not overflow for a large number of attempts", () => {
    expect(nextRetryDelayMs(5000, { ...policy, maxAttempts: 10_000 })).toBe(60_000);
  });
});

describe("CSV formula guard", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd"])("prefixes %j with an apostrophe", (cell) => {
    expect(guardCell(cell)).toBe(`'${cell}`);
  });

  it.each(["张三", "SBP2026120100000001", "1234.56", "", "a=b"])("leaves %j alone", (cell) => {
    expect(guardCell(cell)).toBe(cell);
  });

  it("quotes per RFC 4180, ends lines with CRLF and starts with a byte-order mark", () => {
    const csv = toCsv(["a", "b"], [['say "hi", then', "=cmd"]]);
    expect(csv).toBe('\uFEFFa,b\r\n"say ""hi"", then",\'=cmd\r\n');
  });
});

describe("money", () => {
  it("formats fen as yuan without floats", () => {
    expect(fenToYuan("5")).toBe("0.05");
    expect(fenToYuan(123456n)).toBe("1234.56");
    expect(formatYuan("900719925474099312")).toBe("¥9,007,199,254,740,993.12");
    expect(formatYuan("100")).toBe("¥1.00");
  });

  it.each([
    ["5000", "500000"],
    ["5,000.5", "500050"],
    ["０.０１", "1"],
    [" 12 ", "1200"],
  ])("reads the console amount %j as %s fen", (input, fen) => {
    expect(parseYuanInput(input)).toBe(fen);
  });

  it.each(["0", "0.00", "-5", "1.234", "1e3", "", "abc"])("refuses the console amount %j", (input) => {
    expect(parseYuanInput(input)).toBeNull();
  });
});

describe("times", () => {
  it("shows instants in China Standard Time", () => {
    expect(isoCst(Date.UTC(2026, 10, 30, 16, 30))).toBe("2026-12-01T00:30:00.000+08:00");
  });

  it("reads statement bounds: days in China (to includes the day) and instants", () => {
    expect(parseBound("2026-12-01", "from")).toBe(Date.UTC(2026, 10, 30, 16));
    expect(parseBound("2026-12-01", "to")).toBe(Date.UTC(2026, 11, 1, 16));
    expect(parseBound("2026-12-01T10:00:00+08:00", "from")).toBe(Date.UTC(2026, 11, 1, 2));
    expect(parseBound("2026-02-30", "from")).toBeNull();
    expect(parseBound("2026-12-01T10:00:00", "from")).toBeNull();
  });
});

describe("store", () => {
  it("writes every change to one file, in order, leaving no temporary file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sandbox-store-"));
    const store = new Store(dir);
    await Promise.all(
      Array.from({ length: 20 }, () =>
        store.update((state) => {
          state.counters.payment += 1;
        }),
      ),
    );
    expect(readdirSync(dir)).toEqual(["state.json"]);
    expect(JSON.parse(readFileSync(path.join(dir, "state.json"), "utf8")).counters.payment).toBe(20);
    expect(new Store(dir).state.counters.payment).toBe(20);
  });
});

describe("development defaults", () => {
  it("are the same on both sides, so the sandbox and `next dev` work together with no set-up", () => {
    expect(DEV_SANDBOX_API_KEY).toBe(DEV_API_KEY);
    expect(DEV_PAYMENT_WEBHOOK_SECRET).toBe(DEV_WEBHOOK_SECRET);
  });
});

describe("statement balances", () => {
  /** Paid in 1000 (t=1), out 300 (t=2), in 50 (t=3). */
  function state(): SandboxState {
    const s = emptyState();
    const order = (orderNo: string, serial: string, amountFen: string, paidAt: number) => ({
      orderNo,
      purpose: "DEPOSIT" as const,
      amountFen,
      userId: "u",
      returnUrl: "http://x.test",
      expiresAt: 10_000,
      createdAt: 0,
      status: "PAID" as const,
      gatewaySerial: serial,
      paidAt,
      failedAt: null,
    });
    s.orders.a = order("a", "SBP1", "1000", 1);
    s.orders.b = order("b", "SBP3", "50", 3);
    s.transfers.r = { serial: "SBT2", reference: "r", payeeName: "p", cardNumber: "6222021234567890128", amountFen: "300", createdAt: 2 };
    return s;
  }

  it("runs the balance over all time and opens a later period with the balance before it", () => {
    expect(statementRows(state(), null, null).rows.map((row) => row.balanceFen)).toEqual(["1000", "700", "750"]);
    const later = statementRows(state(), 2, null);
    expect(later.rows.map((row) => row.serial)).toEqual(["SBT2", "SBP3"]);
    expect(later.openingBalanceFen).toBe(1000n);
    expect(later.closingBalanceFen).toBe(750n);
    const json = statementJson(later, 2, null);
    expect(json).toMatchObject({ openingBalanceFen: "1000", closingBalanceFen: "750", totals: { netFen: "-250" } });
    expect(statementRows(state(), 5, null)).toMatchObject({ rows: [], openingBalanceFen: 750n, closingBalanceFen: 750n });
  });

  it("follows the lines as reported: an altered amount and a duplicated line move the balances", () => {
    const knobs = noStatementKnobs();
    knobs.alterAmount.SBP1 = "1001";
    knobs.duplicate.SBP3 = true;
    const { rows, closingBalanceFen } = statementRows(state(), null, null, knobs);
    expect(rows.map((row) => [row.serial, row.amountFen, row.balanceFen])).toEqual([
      ["SBP1", "1001", "1001"],
      ["SBT2", "300", "701"],
      ["SBP3", "50", "751"],
      ["SBP3", "50", "801"],
    ]);
    expect(rows[0].amountYuan).toBe("10.01");
    expect(closingBalanceFen).toBe(801n);
  });
});
