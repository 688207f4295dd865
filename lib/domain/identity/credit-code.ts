import { foldIdentifier, MAX_TYPED_IDENTIFIER_LENGTH } from "@/lib/domain/text/fold-identifier";

// Unified social credit code (GB 32100-2015): 17 characters + a check character, base 31.
// 1: registration authority, 2: organisation category, 3–8: region of the registering authority (GB/T 2260),
// 9–17: organisation code (GB 11714), 18: check character over the first 17.
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * Registration authorities (GB 32100-2015 appendix A): 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政,
 * 6 旅游, 7 宗教, 8 工会, 9 工商 (market regulation), A 中央军委改革和编制办公室, N 农业, Y 其他.
 */
const AUTHORITIES = "123456789ANY";
/** Region codes start with a province-level code of GB/T 2260, or 10 for national-level bodies (100000). */
// biome-ignore format: a table of GB/T 2260 province codes
const REGION_PREFIXES = new Set([
  "10", "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
  "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82",
]);

export type CreditCodeProblem =
  | "LENGTH" // not 18 characters
  | "CHARSET" // a character outside the 31 allowed (no I, O, S, V, Z)
  | "STRUCTURE" // unknown authority, category or region
  | "CHECK_CHARACTER"; // the 18th character does not verify: a typo, or a code issued before the standard

export type CreditCodeCheck = { ok: true; code: string } | { ok: false; code: string; problem: CreditCodeProblem };

/** Full-width characters, spaces and hyphens folded, letters upper-cased: the stored form. */
export function normalizeCreditCode(input: string): string {
  return foldIdentifier(input);
}

export function creditCodeCheckCharacter(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return CHARSET[(31 - (sum % 31)) % 31];
}

function hasKnownStructure(code: string): boolean {
  const category = code[1];
  const region = code.slice(2, 8);
  return (
    AUTHORITIES.includes(code[0]) && category >= "1" && category <= "9" && /^\d{6}$/.test(region) && REGION_PREFIXES.has(region.slice(0, 2))
  );
}

/**
 * Folds the input, then checks length, character set, structure and, last, the check character, so that a
 * CHECK_CHARACTER problem means everything else about the code is well formed (the only problem a company
 * may override by confirming the code as printed on its licence). `code` is the folded form either way.
 */
export function checkCreditCode(input: string): CreditCodeCheck {
  if (input.length > MAX_TYPED_IDENTIFIER_LENGTH) return { ok: false, code: "", problem: "LENGTH" };
  const code = normalizeCreditCode(input);
  if (code.length !== 18) return { ok: false, code, problem: "LENGTH" };
  if (![...code].every((c) => CHARSET.includes(c))) return { ok: false, code, problem: "CHARSET" };
  if (!hasKnownStructure(code)) return { ok: false, code, problem: "STRUCTURE" };
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return { ok: false, code, problem: "CHECK_CHARACTER" };
  return { ok: true, code };
}

export function isValidCreditCode(input: string): boolean {
  return checkCreditCode(input).ok;
}
