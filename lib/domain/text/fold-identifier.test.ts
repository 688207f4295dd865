import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldFullWidth } from "@/lib/domain/money/normalize-input";
import { foldIdentifier } from "./fold-identifier";

describe("foldIdentifier", () => {
  it("folds full-width digits and letters to ASCII and upper-cases", () => {
    expect(foldIdentifier("１１０１０１１９９００３０７４４７ｘ")).toBe("11010119900307447X");
    expect(foldIdentifier("９１３５０１００ｍ０００１００ｙ４３")).toBe("91350100M000100Y43");
  });

  it.each([
    ["ASCII space", "138 1234 5678"],
    ["ideographic space U+3000", "138\u30001234\u30005678"],
    ["no-break space", "138\u00a01234\u00a05678"],
    ["thin and zero-width spaces", "138\u20091234\u200b5678"],
    ["tab and newline", "138\t1234\n5678"],
    ["BOM", "\ufeff13812345678"],
    ["ASCII hyphen", "138-1234-5678"],
    ["full-width hyphen-minus U+FF0D", "138－1234－5678"],
    ["hyphen U+2010 and non-breaking hyphen U+2011", "138\u20101234\u20115678"],
    ["en and em dashes", "138–1234—5678"],
    ["minus sign U+2212", "138\u22121234\u22125678"],
    ["small hyphen-minus U+FE63 and soft hyphen", "138\ufe631234\u00ad5678"],
    ["full-width digits with ideographic spaces", "１３８　１２３４　５６７８"],
  ])("removes separators: %s", (_label, input) => expect(foldIdentifier(input)).toBe("13812345678"));

  it("leaves other characters for the validator to refuse", () => {
    expect(foldIdentifier("+86 (138) 1234.5678")).toBe("+86(138)1234.5678");
  });

  // ASCII, general punctuation and spaces (U+2000–U+206F), CJK symbols (U+3000–U+303F), full-width forms and any BMP character.
  const codePoint = fc.oneof(
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.integer({ min: 0x2000, max: 0x206f }),
    fc.integer({ min: 0x3000, max: 0x303f }),
    fc.integer({ min: 0xff00, max: 0xffef }),
    fc.integer({ min: 0, max: 0xd7ff }),
  );
  const anyText = fc.string({ unit: codePoint.map((c) => String.fromCodePoint(c)), maxLength: 40 });

  it("is idempotent on any input", () => {
    fc.assert(fc.property(anyText, (input) => foldIdentifier(foldIdentifier(input)) === foldIdentifier(input)));
  });

  it("is idempotent on identifier-like input with full-width forms and separators", () => {
    const piece = fc.constantFrom("1", "９", "x", "Ｘ", "ａ", " ", "\u3000", "-", "－", "—", "\u2212", "\u00a0");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const once = foldIdentifier(pieces.join(""));
        return foldIdentifier(once) === once && !/[\s\-\u2212\u3000]/.test(once) && once === once.toUpperCase();
      }),
    );
  });

  it("agrees with money input on full-width folding (one implementation)", () => {
    fc.assert(fc.property(anyText, (input) => foldIdentifier(input) === foldIdentifier(foldFullWidth(input))));
  });
});
