import { type AbstractIntlMessages, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/messages";
import type { CreditCodeProblem } from "./credit-code";
import type { ResidentIdProblem } from "./resident-id";

const RESIDENT_ID_PROBLEMS: ResidentIdProblem[] = [
  "FORMAT",
  "REGION",
  "BIRTH_DATE",
  "CHECK_CHARACTER",
  "BORN_IN_FUTURE",
  "TOO_OLD",
  "UNDERAGE",
];
const CREDIT_CODE_PROBLEMS: CreditCodeProblem[] = ["LENGTH", "CHARSET", "STRUCTURE", "CHECK_CHARACTER"];

describe.each(["zh-CN", "en"] as const)("identity messages in %s", (locale) => {
  // Keys are built from problem codes, so the translator is used untyped.
  const t = createTranslator({ locale, messages: loadMessages(locale) as AbstractIntlMessages }) as unknown as {
    (key: string, params?: Record<string, number>): string;
    has(key: string): boolean;
  };
  const params = { minimumAge: 21, maximumAge: 120 };

  it("every resident ID and credit code problem has its own message", () => {
    for (const p of RESIDENT_ID_PROBLEMS) expect(t.has(`validation.residentId${p}`), p).toBe(true);
    for (const p of CREDIT_CODE_PROBLEMS) expect(t.has(`validation.creditCode${p}`), p).toBe(true);
    const texts = [
      ...RESIDENT_ID_PROBLEMS.map((p) => t(`validation.residentId${p}`, params)),
      ...CREDIT_CODE_PROBLEMS.map((p) => t(`validation.creditCode${p}`)),
    ];
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("the age messages name the ages of the setting", () => {
    expect(t("validation.residentIdUNDERAGE", params)).toContain("21");
    expect(t("validation.residentIdTOO_OLD", params)).toContain("120");
  });
});
