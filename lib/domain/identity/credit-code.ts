// Unified social credit code (GB 32100-2015): 17 characters + a check character, base 31.
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function normalizeCreditCode(input: string): string {
  return input.trim().toUpperCase();
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

export function isValidCreditCode(input: string): boolean {
  const code = normalizeCreditCode(input);
  if (code.length !== 18) return false;
  if (![...code].every((c) => CHARSET.includes(c))) return false;
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17];
}
