import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCardNumber, groupCardNumber, luhnValid, maskCardNumber, normalizeCardNumber } from "./card-number";
import { holderNameMatches } from "./holder-name";

// 6222 0212 3456 7890 128 passes Luhn (computed by hand below); 4111 1111 1111 1111 is the classic test number.
const VALID_19 = "6222021234567890128";
const VALID_16 = "4111111111111111";

describe("luhnValid", () => {
  it("accepts numbers whose check digit verifies", () => {
    expect(luhnValid(VALID_16)).toBe(true);
    expect(luhnValid("79927398713")).toBe(true);
    expect(luhnValid(VALID_19)).toBe(true);
  });

  it("refuses a changed check digit and non-digits", () => {
    expect(luhnValid("4111111111111112")).toBe(false);
    expect(luhnValid("79927398710")).toBe(false);
    expect(luhnValid("41111111111111a1")).toBe(false);
    expect(luhnValid("")).toBe(false);
  });

  it("catches every single-digit typo", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const digits = [...VALID_16].map(Number);
        digits[position] = (digits[position] + delta) % 10;
        return !luhnValid(digits.join(""));
      }),
    );
  });
});

describe("checkCardNumber", () => {
  it("folds spaces, hyphens and full-width digits", () => {
    expect(normalizeCardNumber("６２２２ ０２１２－３４５６　７８９０ １２８")).toBe(VALID_19);
    expect(checkCardNumber("4111 1111 1111 1111")).toEqual({ ok: true, number: VALID_16 });
    expect(checkCardNumber("４１１１１１１１１１１１１１１１")).toEqual({ ok: true, number: VALID_16 });
  });

  it("wants 16 to 19 digits", () => {
    expect(checkCardNumber("411111111111111")).toMatchObject({ ok: false, problem: "LENGTH" });
    expect(checkCardNumber("41111111111111111111")).toMatchObject({ ok: false, problem: "LENGTH" });
    expect(checkCardNumber("")).toMatchObject({ ok: false, problem: "LENGTH" });
    expect(checkCardNumber("1".repeat(65))).toMatchObject({ ok: false, problem: "LENGTH", number: "" });
  });

  it("refuses letters and signs", () => {
    expect(checkCardNumber("4111 1111 1111 111X")).toMatchObject({ ok: false, problem: "CHARSET" });
    expect(checkCardNumber("+4111111111111111")).toMatchObject({ ok: false, problem: "CHARSET" });
  });

  it("reports a failing check digit last, with the folded number, so the user can confirm it", () => {
    expect(checkCardNumber("4111 1111 1111 1112")).toEqual({ ok: false, number: "4111111111111112", problem: "LUHN" });
  });
});

describe("maskCardNumber", () => {
  it("shows only the last four digits behind a fixed mask", () => {
    expect(maskCardNumber(VALID_19)).toBe("**** **** **** 0128");
    expect(maskCardNumber(VALID_16)).toBe("**** **** **** 1111");
    expect(maskCardNumber("1234")).toBe("**** **** **** 1234");
  });

  it("never reveals more than four digits", () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{0,19}$/), (number) => (maskCardNumber(number).match(/\d/g) ?? []).length <= 4));
  });

  it("groups a number by four for reading out", () => {
    expect(groupCardNumber(VALID_19)).toBe("6222 0212 3456 7890 128");
  });
});

describe("holderNameMatches", () => {
  it("compares the verified name after trimming and folding full-width forms", () => {
    expect(holderNameMatches(" 张三 ", "张三")).toBe(true);
    expect(holderNameMatches("ＡＢＣ有限公司", "ABC有限公司")).toBe(true);
    expect(holderNameMatches("Zhang  San", "Zhang San")).toBe(true);
  });

  it("refuses another name and an empty one", () => {
    expect(holderNameMatches("张四", "张三")).toBe(false);
    expect(holderNameMatches("", "")).toBe(false);
    expect(holderNameMatches("   ", "张三")).toBe(false);
  });
});
