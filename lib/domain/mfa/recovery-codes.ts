export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: codes are read off paper and typed by hand.
export const RECOVERY_CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
/** Codes are shown as two groups of five, e.g. "k7m2q-x9c4t" (10 characters from 31: about 49 bits). */
export const RECOVERY_CODE_GROUP = 5;
const ALPHABET = RECOVERY_CODE_ALPHABET;
const GROUP = RECOVERY_CODE_GROUP;

/**
 * The form a code is hashed in: full-width characters folded (NFKC), case, spaces and hyphens ignored, so
 * "K7M2Q X9C4T" and "ｋ７ｍ２ｑ－ｘ９ｃ４ｔ" are the same code. Null when it cannot be a recovery code.
 */
export function normalizeRecoveryCode(input: string): string | null {
  const folded = input.normalize("NFKC").toLowerCase().replace(/[\s-]/g, "");
  if (folded.length !== GROUP * 2) return null;
  for (const c of folded) if (!ALPHABET.includes(c)) return null;
  return folded;
}
