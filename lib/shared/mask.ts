import { maskPhone as maskPhoneNumber } from "@/lib/domain/identity/phone";

/**
 * Masking for personal and company data shown to people who do not need it in full (DESIGN §7).
 * Pure functions, safe in server and client code. Every function returns something even for odd input
 * (empty, one character, emoji): a masking helper must never throw and never echo the input back whole.
 */

const STAR = "*";

/** Han characters (and other CJK scripts) are written without spaces: names are 2–4 characters. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;

/**
 * A person's name: the first character stays, the rest become stars.
 * "张伟" → "张*", "张三丰" → "张**", "欧阳娜娜" → "欧***"; Latin names keep the first letter and get three
 * stars whatever their length ("Zhang Wei" → "Z***"), so the length of a name is not revealed either.
 */
export function maskName(name: string | null | undefined): string {
  const chars = Array.from((name ?? "").trim());
  if (chars.length === 0) return STAR.repeat(3);
  if (chars.length === 1) return STAR;
  const [first] = chars;
  if (CJK.test(first)) return first + STAR.repeat(Math.min(chars.length - 1, 3));
  return `${first}${STAR.repeat(3)}`;
}

/** "zhangwei@example.com" → "z***@example.com"; not an e-mail address → masked like a name. */
export function maskEmail(email: string | null | undefined): string {
  const value = (email ?? "").trim();
  const at = value.lastIndexOf("@");
  if (at <= 0 || at === value.length - 1) return maskName(value);
  const [first] = Array.from(value.slice(0, at));
  return `${first}${STAR.repeat(3)}${value.slice(at)}`;
}

/** "13812345678" → "138****5678"; landlines keep their first three and last four digits too. */
export function maskPhone(phone: string | null | undefined): string {
  const value = (phone ?? "").trim();
  if (value === "") return STAR.repeat(4);
  return maskPhoneNumber(value);
}

/**
 * Unified social credit code (统一社会信用代码, 18 characters): the first six (registration authority and
 * region) stay, the rest is hidden behind a fixed number of stars, so the length is not revealed.
 */
export function maskCreditCode(code: string | null | undefined): string {
  const value = (code ?? "").trim();
  if (value.length <= 6) return STAR.repeat(8);
  return `${value.slice(0, 6)}${STAR.repeat(8)}`;
}

/**
 * What the public sees of a user: the verified real name when there is one, otherwise the display name
 * (which may be an e-mail local part or a whole address), always masked.
 */
export function maskDisplayName(realName: string | null | undefined, displayName: string | null | undefined): string {
  if (realName?.trim()) return maskName(realName);
  const value = (displayName ?? "").trim();
  return value.includes("@") ? maskEmail(value) : maskName(value);
}
