import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldFullWidth, formatMoney, parseMoney, parseRatePercent } from "@/lib/domain/money";
import { MAX_NUMBER_INPUT_LENGTH } from "@/lib/domain/money/normalize-input";
import { bpToPercentInput, readTermFilter } from "@/lib/server/listings/query";

/**
 * The linear parsers of issue 7 must read every input exactly as the original regular expressions did.
 * The originals are kept here as oracles and only ever see short strings, where their backtracking is
 * harmless (this directory is outside the ReDoS scan on purpose).
 */

const ORIGINAL_MONEY = /^(?<sign1>-?)\s*¥?\s*(?<sign2>-?)\s*(?<int>\d{1,3}(?:,\d{3})+|\d*)(?:\.(?<frac>\d*))?\s*元?$/u;
const ORIGINAL_RATE = /^(?<sign>-?)\s*(?<int>\d*)(?:\.(?<frac>\d*))?\s*%?$/;
const ORIGINAL_TERM = /^\s*(\d{1,3})?\s*(-)?\s*(\d{1,3})?\s*$/;

// The one intended difference: input longer than MAX_NUMBER_INPUT_LENGTH is now refused before parsing.
const tooLong = (input: string) => (input.length > MAX_NUMBER_INPUT_LENGTH ? { ok: false, code: "TOO_LONG" } : undefined);

function originalParseMoney(input: string) {
  const long = tooLong(input);
  if (long) return long;
  const text = foldFullWidth(input).trim();
  if (text === "") return { ok: false, code: "EMPTY" };
  const groups = ORIGINAL_MONEY.exec(text)?.groups;
  if (!groups) return { ok: false, code: "INVALID" };
  const { sign1, sign2, int } = groups;
  const frac = groups.frac ?? "";
  if (int === "" && frac === "") return { ok: false, code: "INVALID" };
  if (sign1 && sign2) return { ok: false, code: "INVALID" };
  if (sign1 || sign2) return { ok: false, code: "NEGATIVE" };
  if (/[1-9]/.test(frac.slice(2))) return { ok: false, code: "TOO_MANY_DECIMALS" };
  const fen = BigInt(int.replaceAll(",", "") || "0") * 100n + BigInt(frac.slice(0, 2).padEnd(2, "0"));
  if (fen > 10n ** 12n) return { ok: false, code: "TOO_LARGE" };
  return { ok: true, fen };
}

function originalParseRate(input: string) {
  const long = tooLong(input);
  if (long) return long;
  const text = foldFullWidth(input).trim();
  if (text === "") return { ok: false, code: "EMPTY" };
  const groups = ORIGINAL_RATE.exec(text)?.groups;
  if (!groups) return { ok: false, code: "INVALID" };
  const frac = groups.frac ?? "";
  if (groups.int === "" && frac === "") return { ok: false, code: "INVALID" };
  if (groups.sign) return { ok: false, code: "NEGATIVE" };
  if (/[1-9]/.test(frac.slice(2))) return { ok: false, code: "TOO_MANY_DECIMALS" };
  const bp = BigInt(groups.int || "0") * 100n + BigInt(frac.slice(0, 2).padEnd(2, "0"));
  if (bp > 10_000n) return { ok: false, code: "TOO_LARGE" };
  return { ok: true, bp: Number(bp) };
}

function originalReadTerm(text: string) {
  const match = ORIGINAL_TERM.exec(text);
  const [, from, dash, to] = match ?? [];
  if (!match || (!from && !to) || (!dash && to)) return null;
  const clamp = (s: string | undefined) => (s === undefined ? undefined : Math.min(Math.max(Number(s), 1), 600));
  return dash ? { min: clamp(from), max: clamp(to) } : { exact: clamp(from) };
}

// Every character the grammars care about, their full-width forms, and a few they must refuse.
const ALPHABET = [
  ..."0123456789",
  ..."０１９",
  " ",
  "\u3000",
  "\t",
  ",",
  "，",
  ".",
  "．",
  "-",
  "－",
  "\u2212",
  "¥",
  "￥",
  "元",
  "%",
  "％",
  "x",
  "e",
  "+",
];
const typed = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 14 }).map((chars) => chars.join(""));
const maybe = (...options: string[]) => fc.constantFrom("", ...options);
const spaces = maybe(" ", "  ", "\u3000", "\t");
const digits = fc.array(fc.constantFrom(..."0123456789,"), { maxLength: 9 }).map((chars) => chars.join(""));
// Shaped like real input (sign, currency, grouped digits, fraction, unit, spaces between), so that most
// samples are valid or nearly so: random strings alone would rarely reach the accepting paths.
const shaped = fc
  .tuple(
    spaces,
    maybe("-"),
    spaces,
    maybe("¥", "￥"),
    spaces,
    maybe("-", "－"),
    spaces,
    digits,
    maybe(".", "．"),
    digits,
    spaces,
    maybe("元", "%", "-"),
    spaces,
    digits,
  )
  .map((parts) => parts.join(""));
const input = fc.oneof(typed, shaped);
const RUNS = { numRuns: 5_000 };
// Property runs take a second or two, more on a busy machine.
const SLOW = { timeout: 60_000 };

describe("the linear parsers read short input exactly as the original regexes did", () => {
  const agree = <T>(parse: (input: string) => T, original: (input: string) => unknown) =>
    fc.assert(
      fc.property(input, (text) => {
        expect(parse(text), JSON.stringify(text)).toEqual(original(text));
      }),
      RUNS,
    );
  it("money", SLOW, () => agree(parseMoney, originalParseMoney));
  it("rate", SLOW, () => agree(parseRatePercent, originalParseRate));
  it("listing term", SLOW, () => agree(readTermFilter, originalReadTerm));

  it.each(["1,234.56", "-¥ 5", "¥ - 5", "  ¥1,000 元 ", "12.", ".5", "- 12 %", "4 - 6", "13-", "-12", " 6 ", "0"])(
    "agrees on %j",
    (input) => {
      expect(parseMoney(input)).toEqual(originalParseMoney(input));
      expect(parseRatePercent(input)).toEqual(originalParseRate(input));
      expect(readTermFilter(input)).toEqual(originalReadTerm(input));
    },
  );
});

describe("formatting without the quadratic regex idioms reads as before", () => {
  it("thousands grouping, for every length of amount", () => {
    for (let digits = 1; digits <= 30; digits++) {
      const fen = 10n ** BigInt(digits) - 7n;
      const yuan = (fen / 100n).toString();
      const cents = (fen % 100n).toString().padStart(2, "0");
      expect(formatMoney(fen, "en")).toBe(`¥${yuan.replace(/\B(?=(\d{3})+$)/g, ",")}.${cents}`);
    }
  });

  it("rates typed back into the filter form", () => {
    for (let bp = 0; bp <= 10_000; bp++) {
      const fraction = String(bp % 100)
        .padStart(2, "0")
        .replace(/0+$/, "");
      expect(bpToPercentInput(bp)).toBe(fraction ? `${Math.trunc(bp / 100)}.${fraction}` : String(Math.trunc(bp / 100)));
    }
  });
});
