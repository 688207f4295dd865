import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCreditCode, creditCodeCheckCharacter } from "./credit-code";

const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const withCheck = (first17: string) => first17 + creditCodeCheckCharacter(first17);
const wrongCheck = (code: string) => code.slice(0, 17) + (code[17] === "0" ? "1" : "0");

describe("checkCreditCode", () => {
  it.each([
    "91350100M000100Y43",
    "91110000600037341L",
    "9144030071526726XG",
    withCheck("11100000000013127"),
    withCheck("52310000MJ5000000"),
  ])("accepts %s", (code) => expect(checkCreditCode(code)).toEqual({ ok: true, code }));

  it("accepts full-width characters, lower case, spaces and hyphens, and returns the folded code", () => {
    expect(checkCreditCode("９１３５０１００ｍ０００１００ｙ４３")).toEqual({ ok: true, code: "91350100M000100Y43" });
    expect(checkCreditCode(" 9135 0100-M000 100Y\u300043 ")).toEqual({ ok: true, code: "91350100M000100Y43" });
  });

  it.each([
    ["17 characters", "91350100M000100Y4", "LENGTH"],
    ["19 characters", "91350100M000100Y431", "LENGTH"],
    ["forbidden letter I", "91350100I000100Y43", "CHARSET"],
    ["forbidden letter O", "91350100O000100Y43", "CHARSET"],
    ["a punctuation mark", "91350100M000100Y4.", "CHARSET"],
    ["unknown registration authority B", withCheck("B1350100M000100Y4"), "STRUCTURE"],
    ["category 0", withCheck("90350100M000100Y4"), "STRUCTURE"],
    ["a letter in the region", withCheck("9135A100M000100Y4"), "STRUCTURE"],
    ["region 000000", withCheck("91000000M000100Y4"), "STRUCTURE"],
    ["a non-province region 99xxxx", withCheck("91990100M000100Y4"), "STRUCTURE"],
    ["a wrong check character", "91350100M000100Y44", "CHECK_CHARACTER"],
  ])("refuses %s", (_label, code, problem) => expect(checkCreditCode(code)).toMatchObject({ ok: false, problem }));

  it("reports CHECK_CHARACTER only for a code that is otherwise well formed", () => {
    expect(checkCreditCode(wrongCheck("91000000M000100Y43"))).toMatchObject({ ok: false, problem: "STRUCTURE" });
  });

  it("generated codes with their check character pass; any other 18th character fails as CHECK_CHARACTER", () => {
    const body = fc.string({ unit: fc.constantFrom(...CHARSET), minLength: 9, maxLength: 9 });
    const region = fc.constantFrom("110000", "310115", "440300", "650102", "100000");
    fc.assert(
      fc.property(
        fc.constantFrom("1", "5", "9", "Y"),
        fc.constantFrom("1", "2", "3"),
        region,
        body,
        fc.constantFrom(...CHARSET),
        (a, c, r, b, last) => {
          const first17 = `${a}${c}${r}${b}`;
          const result = checkCreditCode(first17 + last);
          return last === creditCodeCheckCharacter(first17) ? result.ok : !result.ok && result.problem === "CHECK_CHARACTER";
        },
      ),
    );
  });
});
