import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { creditCodeCheckCharacter, isValidCreditCode } from "./credit-code";
import { checkPassword } from "./password-policy";
import { isValidPhone, maskPhone } from "./phone";
import { isValidResidentId, maskResidentId, residentIdCheckCharacter } from "./resident-id";

describe("resident ID number (ISO 7064 MOD 11-2)", () => {
  // Published examples from GB 11643 material and common test fixtures.
  it.each(["11010519491231002X", "440524188001010014", "110101199003074477", "11010119900307803X"])("accepts %s", (id) =>
    expect(isValidResidentId(id)).toBe(true),
  );
  it("accepts a lowercase x check character", () => expect(isValidResidentId("11010519491231002x")).toBe(true));
  it.each([
    ["wrong check digit", "110105194912310021"],
    ["17 digits", "11010519491231002"],
    ["letters", "11010519491231A02X"],
    ["impossible date", "110105194902300029"],
    ["empty", ""],
  ])("refuses %s", (_label, id) => expect(isValidResidentId(id)).toBe(false));
  it("any single-digit change of a valid number is detected", () => {
    const valid = "110101199003074477";
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const digit = (Number(valid[position]) + delta) % 10;
        const changed = valid.slice(0, position) + digit + valid.slice(position + 1);
        return residentIdCheckCharacter(changed.slice(0, 17)) !== valid[17] || !isValidResidentId(changed);
      }),
    );
  });
  it("masks the birth date", () => expect(maskResidentId("110101199003074477")).toBe("110101********4477"));
});

describe("unified social credit code (GB 32100)", () => {
  it.each(["91350100M000100Y43", "91110000600037341L", "9144030071526726XG"])("accepts %s", (code) =>
    expect(isValidCreditCode(code)).toBe(true),
  );
  it.each([
    ["wrong check character", "91350100M000100Y44"],
    ["forbidden letter I", "91350100I000100Y43"],
    ["too short", "91350100M000100Y4"],
  ])("refuses %s", (_label, code) => expect(isValidCreditCode(code)).toBe(false));
  it("computes the check character", () => expect(creditCodeCheckCharacter("91350100M000100Y4")).toBe("3"));
});

describe("password policy", () => {
  it("refuses fewer than 8 characters", () => expect(checkPassword("Ab1!xyz")).toBe("TOO_SHORT"));
  it("accepts 64 characters", () => expect(checkPassword("a".repeat(30) + "B".repeat(34))).toBeNull());
  it("refuses more than 128 characters", () => expect(checkPassword("x".repeat(129))).toBe("TOO_LONG"));
  it("refuses common passwords whatever their case", () => {
    expect(checkPassword("Password123")).toBe("COMMON");
    expect(checkPassword("12345678")).toBe("COMMON");
  });
  it("refuses the e-mail's local part", () => expect(checkPassword("zhangwei88", { email: "zhangwei88@x.cn" })).toBe("COMMON"));
  it("accepts a passphrase", () => expect(checkPassword("correct horse battery staple")).toBeNull());
  it("counts characters, not bytes", () => expect(checkPassword("借贷平台密码安全")).toBeNull());
});

describe("phone", () => {
  it("accepts mobiles and landlines", () => {
    expect(isValidPhone("13812345678")).toBe(true);
    expect(isValidPhone("010-12345678")).toBe(true);
  });
  it("refuses garbage", () => {
    expect(isValidPhone("12345")).toBe(false);
    expect(isValidPhone("23812345678")).toBe(false);
  });
  it("masks the middle digits", () => expect(maskPhone("13812345678")).toBe("138****5678"));
});
