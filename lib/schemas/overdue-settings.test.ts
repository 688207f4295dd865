import { describe, expect, it } from "vitest";
import { overdueSettingsFormSchema } from "./overdue-settings";

const parse = (graceDays: string, penaltyDaily: string) => overdueSettingsFormSchema.safeParse({ graceDays, penaltyDaily });
const messages = (result: ReturnType<typeof parse>) => (result.success ? [] : result.error.issues.map((issue) => issue.message));

describe("the overdue settings form", () => {
  it("reads the penalty as a percentage per day into basis points", () => {
    expect(parse("3", "0.05")).toEqual({ success: true, data: { graceDays: 3, penaltyDailyBp: 5 } });
    expect(parse(" 0 ", "1%")).toEqual({ success: true, data: { graceDays: 0, penaltyDailyBp: 100 } });
    expect(parse("30", "0")).toEqual({ success: true, data: { graceDays: 30, penaltyDailyBp: 0 } });
  });

  it("refuses what the service would not store", () => {
    expect(messages(parse("31", "0.05"))).toEqual(["validation.outOfRange"]);
    expect(messages(parse("2.5", "0.05"))).toEqual(["validation.wholeNumber"]);
    expect(messages(parse("3", "1.01"))).toEqual(["validation.outOfRange"]);
    expect(messages(parse("3", "0.005"))).toEqual(["validation.rateTOO_MANY_DECIMALS"]);
    expect(messages(parse("3", "-1"))).toEqual(["validation.rateNEGATIVE"]);
    expect(messages(parse("3", ""))).toEqual(["validation.rateEMPTY"]);
  });
});
