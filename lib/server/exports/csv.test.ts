import { describe, expect, it } from "vitest";
import { listCsv } from "./csv";

const words = {
  heading: (key: string) => ({ name: "名称", amount: "金额", at: "时间", ok: "OK" })[key] ?? key,
  yuanHeading: (h: string) => `${h}（元）`,
  fenHeading: (h: string) => `${h}（分）`,
  yes: "是",
  no: "否",
};

describe("listCsv", () => {
  it("starts with the UTF-8 byte-order mark, writes money as yuan and fen and instants in the business zone", () => {
    const csv = listCsv(
      [{ key: "name" }, { key: "amount", money: true }, { key: "at" }, { key: "ok" }],
      [["甲公司", { fen: 123_456_789n }, { at: new Date("2026-11-30T16:30:00Z") }, true]],
      words,
      "Asia/Shanghai",
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "名称,金额（元）,金额（分）,时间,OK",
      "甲公司,1234567.89,123456789,2026-12-01 00:30:00,是",
      "",
    ]);
  });

  it("keeps formulas from running (= + - @ tab CR get an apostrophe) but leaves negative numbers alone", () => {
    const cells = ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx", "-12.34", "plain"];
    const csv = listCsv(
      cells.map((_, i) => ({ key: `c${i}` })),
      [cells],
      words,
      "Asia/Shanghai",
    );
    const body = csv.slice(1).split("\r\n")[1];
    expect(body).toBe(`'=1+1,'+cmd,'-2+3,'@SUM(A1),'\tx,'\rx,-12.34,plain`);
  });

  it("writes nothing for an empty cell and a missing instant, and refuses a money column given text", () => {
    expect(
      listCsv([{ key: "name" }, { key: "at" }], [[null, { at: null }]], words, "Asia/Shanghai")
        .slice(1)
        .split("\r\n")[1],
    ).toBe(",");
    expect(() => listCsv([{ key: "amount", money: true }], [["12"]], words, "Asia/Shanghai")).toThrow(/money/);
  });
});
