// Mainland resident identity number (GB 11643): 17 digits + ISO 7064 MOD 11-2 check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = "10X98765432";

export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

export function normalizeResidentId(input: string): string {
  return input.trim().toUpperCase();
}

/** True for a well-formed number: 18 characters, a real birth date, and a correct check character. */
export function isValidResidentId(input: string): boolean {
  const id = normalizeResidentId(input);
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  if (!isRealBirthDate(id.slice(6, 14))) return false;
  return residentIdCheckCharacter(id.slice(0, 17)) === id[17];
}

function isRealBirthDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1800 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "110101********1234": region kept for support staff, birth date hidden. */
export function maskResidentId(id: string): string {
  return `${id.slice(0, 6)}********${id.slice(14)}`;
}
