import { randomBytes, randomInt } from "node:crypto";
import { expect } from "vitest";
import { creditCodeCheckCharacter } from "@/lib/domain/identity/credit-code";
import { residentIdCheckCharacter } from "@/lib/domain/identity/resident-id";
import { type DomainError, type ErrorCode, isDomainError } from "@/lib/server/errors";

export const unique = () => `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
export const uniqueEmail = (prefix: string) => `${prefix}-${unique()}@example.test`;

/** A valid resident ID number (real birth date, correct check character), random enough per call. */
export function validResidentId(): string {
  const first17 = `110101${1960 + randomInt(40)}${String(1 + randomInt(12)).padStart(2, "0")}${String(1 + randomInt(28)).padStart(
    2,
    "0",
  )}${String(randomInt(1000)).padStart(3, "0")}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** A valid resident ID whose check character is X (tests normalisation of a lower-case "x"). */
export function validResidentIdEndingInX(): string {
  for (;;) {
    const id = validResidentId();
    if (id.endsWith("X")) return id;
  }
}

/** A valid unified social credit code (enterprise, Beijing region, GB 32100 check character), random per call. */
export function validCreditCode(): string {
  const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  let body = "91110000";
  for (let i = 0; i < 9; i++) body += charset[randomInt(charset.length)];
  return body + creditCodeCheckCharacter(body);
}

/** A well-formed code whose check character does not verify, like some codes issued before GB 32100-2015. */
export function creditCodeWithWrongCheckCharacter(): string {
  const good = validCreditCode();
  return good.slice(0, 17) + (good[17] === "0" ? "1" : "0");
}

/** Awaits a promise that must reject with a DomainError of the given code, and returns that error. */
export async function expectDomainError(promise: Promise<unknown>, code: ErrorCode): Promise<DomainError> {
  const error = await promise.then(
    (value) => {
      throw new Error(`expected a DomainError ${code}, but it resolved with ${JSON.stringify(value, bigintSafe)}`);
    },
    (e: unknown) => e,
  );
  if (!isDomainError(error)) throw error;
  expect(error.code).toBe(code);
  return error;
}

const bigintSafe = (_key: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value);
