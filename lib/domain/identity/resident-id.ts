import { foldIdentifier, MAX_TYPED_IDENTIFIER_LENGTH } from "@/lib/domain/text/fold-identifier";
import { ageOn, compareDates, fromIsoDate, isRealDate, type PlainDate } from "./plain-date";

// Mainland resident identity number (GB 11643-1999): 6-digit region code (GB/T 2260), birth date YYYYMMDD,
// 3-digit sequence number, ISO 7064 MOD 11-2 check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = "10X98765432";

/**
 * Province-level codes of GB/T 2260 (first two digits of the region code), plus 83: residence permits
 * for Hong Kong, Macao and Taiwan residents carry 810000, 820000 and 830000 (State Council decree 2018).
 */
// biome-ignore format: one line per part of China keeps the list checkable against GB/T 2260
const MAINLAND_PROVINCES = new Set([
  "11", "12", "13", "14", "15", // 北京 天津 河北 山西 内蒙古
  "21", "22", "23", // 辽宁 吉林 黑龙江
  "31", "32", "33", "34", "35", "36", "37", // 上海 江苏 浙江 安徽 福建 江西 山东
  "41", "42", "43", "44", "45", "46", // 河南 湖北 湖南 广东 广西 海南
  "50", "51", "52", "53", "54", // 重庆 四川 贵州 云南 西藏
  "61", "62", "63", "64", "65", // 陕西 甘肃 青海 宁夏 新疆
]);
const OTHER_PROVINCES = new Set(["71", "81", "82", "83"]); // 台湾, 香港, 澳门, 港澳台居民居住证 (83 = Taiwan residents)

/** Defaults for the age rules; the platform setting (lib/server/settings/identity-rules.ts) may override them. */
export const DEFAULT_MINIMUM_AGE = 18;
/**
 * The plausible lower bound of a birth date, as an age: nobody verified today is older than 120 (the oldest
 * documented person reached 122), so a birth date further back is a typing mistake, not an investor.
 */
export const DEFAULT_MAXIMUM_AGE = 120;

export type ResidentIdProblem =
  | "FORMAT" // not 17 digits followed by a digit or X
  | "REGION" // the region code is not a region of China
  | "BIRTH_DATE" // no such calendar day (e.g. 30 February)
  | "CHECK_CHARACTER" // the last character does not match the other 17: a typing mistake
  | "BORN_IN_FUTURE" // birth date after today
  | "TOO_OLD" // more than maximumAge years ago
  | "UNDERAGE"; // younger than minimumAge on the day of verification

export type ResidentIdCheck = { ok: true; id: string; birthDate: PlainDate } | { ok: false; problem: ResidentIdProblem };

export interface ResidentIdAgeRules {
  /** The business date (Asia/Shanghai) on which the holder verifies: {year, month, day} or "YYYY-MM-DD". */
  today: PlainDate | string;
  /** Completed years the holder must have reached on `today` (investors: 18). */
  minimumAge: number;
  /** Completed years beyond which a birth date is implausible. */
  maximumAge: number;
}

export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

/** Full-width digits, spaces and hyphens folded, a lower-case x upper-cased: the stored form. */
export function normalizeResidentId(input: string): string {
  return foldIdentifier(input);
}

/** The birth date written in a well-formed number (characters 7–14); not checked for being a real day. */
export function residentIdBirthDate(id: string): PlainDate {
  return { year: Number(id.slice(6, 10)), month: Number(id.slice(10, 12)), day: Number(id.slice(12, 14)) };
}

function isKnownRegion(region: string): boolean {
  const province = region.slice(0, 2);
  // A mainland number names a county (GB 11643 §5.1), never a whole province such as 110000.
  if (MAINLAND_PROVINCES.has(province)) return region.slice(2) !== "0000";
  return OTHER_PROVINCES.has(province);
}

/**
 * Checks what the number itself says, whatever the day: format, region code, a real birth date and the
 * check character. The input is folded first; `id` is the stored form.
 */
export function checkResidentIdStructure(input: string): ResidentIdCheck {
  if (input.length > MAX_TYPED_IDENTIFIER_LENGTH) return { ok: false, problem: "FORMAT" };
  const id = normalizeResidentId(input);
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: "FORMAT" };
  if (!isKnownRegion(id.slice(0, 6))) return { ok: false, problem: "REGION" };
  const birthDate = residentIdBirthDate(id);
  if (!isRealDate(birthDate)) return { ok: false, problem: "BIRTH_DATE" };
  if (residentIdCheckCharacter(id.slice(0, 17)) !== id[17]) return { ok: false, problem: "CHECK_CHARACTER" };
  return { ok: true, id, birthDate };
}

/**
 * The whole rule for real-name verification: the structure (checkResidentIdStructure), then the birth date
 * against the business date `today`: not in the future, at most `maximumAge` and at least `minimumAge`
 * completed years ago. The first problem found is reported.
 */
export function checkResidentId(input: string, rules: ResidentIdAgeRules): ResidentIdCheck {
  const structure = checkResidentIdStructure(input);
  if (!structure.ok) return structure;
  const { birthDate } = structure;
  const today = typeof rules.today === "string" ? fromIsoDate(rules.today) : rules.today;
  if (compareDates(birthDate, today) > 0) return { ok: false, problem: "BORN_IN_FUTURE" };
  const age = ageOn(birthDate, today);
  if (age > rules.maximumAge) return { ok: false, problem: "TOO_OLD" };
  if (age < rules.minimumAge) return { ok: false, problem: "UNDERAGE" };
  return structure;
}

/** True for a well-formed number (see checkResidentIdStructure); says nothing about the holder's age. */
export function isValidResidentId(input: string): boolean {
  return checkResidentIdStructure(input).ok;
}

/** "110101********1234": region kept for support staff, birth date hidden. */
export function maskResidentId(id: string): string {
  return `${id.slice(0, 6)}********${id.slice(14)}`;
}
