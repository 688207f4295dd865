import { describe, expect, it } from "vitest";
import { parseStatement, StatementInvalid, unguardCell } from "./parse-statement";

const HEADER = "serial,time,direction,amountFen,amountYuan,orderNo,reference,counterparty,cardNumber";
const csv = (...rows: string[]) => `\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`;

function refusal(run: () => unknown): StatementInvalid {
  try {
    run();
  } catch (error) {
    if (error instanceof StatementInvalid) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("parseStatement (CSV)", () => {
  it("reads the sandbox's export: BOM, CRLF, quoted cells, guarded cells, empty optional cells", () => {
    const statement = parseStatement(
      csv(
        "SBX-1,2026-12-01T10:00:00.000+08:00,IN,12345,123.45,dep-1,,user-1,",
        `SBX-2,2026-12-01T11:00:00+08:00,OUT,500,5.00,,out-1,"'=HYPERLINK(""x"")",6222021000123456781`,
      ),
      "csv",
    );
    expect(statement.lines).toEqual([
      {
        lineNo: 1,
        serial: "SBX-1",
        direction: "IN",
        amountFen: 12345n,
        occurredAt: new Date("2026-12-01T02:00:00Z"),
        orderNo: "dep-1",
        reference: null,
        counterparty: "user-1",
        cardNumber: null,
        balanceFen: null,
      },
      {
        lineNo: 2,
        serial: "SBX-2",
        direction: "OUT",
        amountFen: 500n,
        occurredAt: new Date("2026-12-01T03:00:00Z"),
        orderNo: null,
        reference: "out-1",
        counterparty: '=HYPERLINK("x")',
        cardNumber: "6222021000123456781",
        balanceFen: null,
      },
    ]);
    expect(statement).toMatchObject({ from: null, to: null, openingBalanceFen: null, closingBalanceFen: null });
  });

  it("takes opening and closing balances from a balanceFen column", () => {
    const statement = parseStatement(
      `${HEADER},balanceFen\r\nA,2026-12-01T10:00:00+08:00,IN,100,1.00,,,x,,1100\r\nB,2026-12-01T11:00:00+08:00,OUT,300,3.00,,,y,,800\r\n`,
      "csv",
    );
    expect(statement).toMatchObject({ openingBalanceFen: 1000n, closingBalanceFen: 800n });
  });

  it("refuses the whole file at the first bad line, naming it", () => {
    const good = "SBX-1,2026-12-01T10:00:00+08:00,IN,100,1.00,,,x,";
    expect(refusal(() => parseStatement(csv(good, "SBX-2,2026-12-01T10:00:00+08:00,IN,0,0.00,,,x,"), "csv")).line).toBe(2);
    expect(refusal(() => parseStatement(csv(good, "SBX-2,yesterday,IN,100,1.00,,,x,"), "csv")).line).toBe(2);
    expect(refusal(() => parseStatement(csv(good, "SBX-2,2026-12-01T10:00:00+08:00,IN,1.5,1.50,,,x,"), "csv")).line).toBe(2);
    expect(refusal(() => parseStatement(csv(good, "SBX-2,2026-12-01T10:00:00+08:00,IN,100,1.01,,,x,"), "csv")).detail).toMatch(
      /amountYuan/,
    );
    expect(refusal(() => parseStatement(csv(" ,2026-12-01T10:00:00+08:00,IN,100,1.00,,,x,"), "csv")).line).toBe(1);
    expect(refusal(() => parseStatement(csv("SBX-1,2026-12-01T10:00:00+08:00,IN,100"), "csv")).line).toBeGreaterThanOrEqual(0);
    expect(refusal(() => parseStatement("serial,amount\r\nA,1\r\n", "csv")).line).toBe(0);
    expect(refusal(() => parseStatement("", "csv")).line).toBe(0);
  });
});

describe("parseStatement (JSON)", () => {
  const movement = {
    serial: "SBX-1",
    time: "2026-12-01T10:00:00+08:00",
    direction: "IN",
    amountFen: "100",
    amountYuan: "1.00",
    orderNo: "dep-1",
    reference: null,
    counterparty: "u",
    cardNumber: null,
  };

  it("reads bounds, movements and balances", () => {
    const statement = parseStatement(
      JSON.stringify({
        from: "2026-12-01T00:00:00.000+08:00",
        to: "2026-12-02T00:00:00.000+08:00",
        currency: "CNY",
        movements: [movement],
        totals: { inFen: "100" },
        openingBalanceFen: "0",
        closingBalanceFen: "100",
      }),
      "json",
    );
    expect(statement).toMatchObject({
      from: new Date("2026-11-30T16:00:00Z"),
      to: new Date("2026-12-01T16:00:00Z"),
      openingBalanceFen: 0n,
      closingBalanceFen: 100n,
    });
    expect(statement.lines[0]).toMatchObject({ serial: "SBX-1", amountFen: 100n, orderNo: "dep-1" });
  });

  it("refuses another currency, a bad movement (with its position) and text that is not JSON", () => {
    const base = { from: null, to: null, currency: "CNY", movements: [movement], totals: {} };
    expect(refusal(() => parseStatement(JSON.stringify({ ...base, currency: "USD" }), "json")).line).toBe(0);
    expect(
      refusal(() => parseStatement(JSON.stringify({ ...base, movements: [movement, { ...movement, direction: "UP" }] }), "json")).line,
    ).toBe(2);
    expect(refusal(() => parseStatement("{", "json")).line).toBe(0);
  });
});

describe("unguardCell", () => {
  it("drops the apostrophe the exporter put before a formula character, and nothing else", () => {
    expect(unguardCell("'=1+1")).toBe("=1+1");
    expect(unguardCell("'-5")).toBe("-5");
    expect(unguardCell("'@x")).toBe("@x");
    expect(unguardCell("'+86")).toBe("+86");
    expect(unguardCell("O'Brien")).toBe("O'Brien");
    expect(unguardCell("'quoted'")).toBe("'quoted'");
  });
});
