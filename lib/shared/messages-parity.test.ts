import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/messages";

const en = loadMessages("en");
const zh = loadMessages("zh-CN");

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("translations", () => {
  it("both languages define exactly the same keys", () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });
  it("no message is left empty", () => {
    for (const messages of [en, zh]) {
      const empty = keys(messages).filter(
        (k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages) === "",
      );
      expect(empty).toEqual([]);
    }
  });
});
