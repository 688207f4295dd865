import { describe, expect, it } from "vitest";
import { depositSchema } from "./deposits";

describe("depositSchema", () => {
  const parse = (amount: string) => depositSchema.safeParse({ amount });
  const messages = (amount: string) => {
    const result = parse(amount);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it("reads what people type as fen", () => {
    expect(parse("1,234.56").data).toEqual({ amount: 1_234_56n });
    expect(parse("¥１００").data).toEqual({ amount: 100_00n });
    expect(parse("1").data).toEqual({ amount: 100n });
    expect(parse("5,000,000").data).toEqual({ amount: 500_000_000n });
  });

  it("names the bounds it refuses, and refuses what is not an amount", () => {
    expect(messages("0.99")).toEqual(["validation.depositTooSmall"]);
    expect(parse("0.99").error?.issues[0]).toMatchObject({ params: { min: "1.00", max: "5000000.00" } });
    expect(messages("5,000,000.01")).toEqual(["validation.depositTooLarge"]);
    expect(messages("1.234")).toEqual(["validation.moneyTOO_MANY_DECIMALS"]);
    expect(messages("-5")).toEqual(["validation.moneyNEGATIVE"]);
    expect(messages("")).toEqual(["validation.moneyEMPTY"]);
    expect(messages("9".repeat(41))).toEqual(["validation.tooLong"]);
  });
});
