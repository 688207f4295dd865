import { describe, expect, it } from "vitest";
import { checkCreditCode } from "./credit-code";
import { checkPhone, normalizeMobilePhone } from "./phone";
import { checkResidentIdStructure } from "./resident-id";

describe("checkPhone", () => {
  it.each([
    "13812345678",
    "138 1234 5678",
    "138-1234-5678",
    "+86 138 1234 5678",
    "+86-138-1234-5678",
    "+8613812345678",
    "0086 138 1234 5678",
    "008613812345678",
    "8613812345678",
    "86 138 1234 5678",
    "＋８６ １３８ １２３４ ５６７８",
    "１３８１２３４５６７８",
    "(+86) 138 1234 5678",
    "+86 (0)138 1234 5678",
  ])("stores %s as the 11-digit mobile number", (input) =>
    expect(checkPhone(input)).toEqual({ ok: true, phone: "13812345678", kind: "MOBILE" }),
  );

  it.each([
    ["010-12345678", "01012345678"],
    ["(010) 1234 5678", "01012345678"],
    ["0755-1234567", "07551234567"],
    ["+86 10 1234 5678", "01012345678"],
    ["+86 (0)10 1234 5678", "01012345678"],
    ["0086 755 1234 5678", "075512345678"],
  ])("accepts the landline %s as %s", (input, phone) => expect(checkPhone(input)).toEqual({ ok: true, phone, kind: "LANDLINE" }));

  it.each([
    ["too short", "12345"],
    ["not starting 1[3-9]", "23812345678"],
    ["12 digits", "138123456789"],
    ["another country code", "+1 415 555 0100"],
    ["86 before a landline without +", "861012345678"],
    ["letters", "138abcd5678"],
    ["empty", ""],
  ])("refuses %s", (_label, input) => expect(checkPhone(input)).toEqual({ ok: false }));
});

describe("normalizeMobilePhone", () => {
  it("returns the 11 digits of a mobile number", () => expect(normalizeMobilePhone("+86 139-0000-0001")).toBe("13900000001"));
  it("refuses a landline", () => expect(normalizeMobilePhone("010-12345678")).toBeNull());
});

describe("over-long input", () => {
  it("is refused at once by every identifier check, before folding", () => {
    // 13812345678 hidden among 60 spaces would fold to a valid number: length is judged on what was typed.
    const padded = `${" ".repeat(60)}13812345678`;
    expect(checkPhone(padded)).toEqual({ ok: false });
    expect(checkPhone(`${" ".repeat(40)}13812345678`)).toMatchObject({ ok: true });
    expect(checkResidentIdStructure(`${" ".repeat(60)}110101199003074477`)).toEqual({ ok: false, problem: "FORMAT" });
    expect(checkCreditCode(`${" ".repeat(60)}91350100M000100Y43`)).toEqual({ ok: false, code: "", problem: "LENGTH" });
  });
});
