import { describe, expect, it } from "vitest";
import { maskCreditCode, maskDisplayName, maskEmail, maskName, maskPhone } from "@/lib/shared/mask";

// Pure helpers, tested next to the listings that use them (no database needed).
describe("masking", () => {
  it.each([
    ["张伟", "张*"],
    ["张三丰", "张**"],
    ["欧阳娜娜", "欧***"],
    ["司马相如之", "司***"],
    ["王", "*"],
    ["Zhang Wei", "Z***"],
    ["Al", "A***"],
    ["  陈建国 ", "陈**"],
    ["", "***"],
  ])("maskName(%j) = %j", (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it("never returns a name of two or more characters whole", () => {
    for (const name of ["李娜", "Bo", "😀😀", "ab"]) expect(maskName(name)).not.toBe(name);
    expect(maskName(null)).toBe("***");
  });

  it.each([
    ["zhangwei@example.com", "z***@example.com"],
    ["a@b.cn", "a***@b.cn"],
    ["not-an-email", "n***"],
    ["@example.com", "@***"],
  ])("maskEmail(%j) = %j", (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });

  it.each([
    ["13812345678", "138****5678"],
    ["138 1234 5678", "138****5678"],
    ["010-12345678", "010****5678"],
    ["12345", "****"],
    ["", "****"],
  ])("maskPhone(%j) = %j", (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it.each([
    ["91350100M000100Y43", "913501********"],
    ["9144030071526726XG", "914403********"],
    ["123", "********"],
  ])("maskCreditCode(%j) = %j", (code, masked) => {
    expect(maskCreditCode(code)).toBe(masked);
  });

  it("prefers the verified real name, then the display name (an e-mail address masked as one)", () => {
    expect(maskDisplayName("王芳", "wangfang")).toBe("王*");
    expect(maskDisplayName(null, "wangfang")).toBe("w***");
    expect(maskDisplayName(undefined, "wangfang@example.com")).toBe("w***@example.com");
    expect(maskDisplayName("  ", "李娜")).toBe("李*");
  });
});
