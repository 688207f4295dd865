import { randomInt } from "node:crypto";
import { Secret } from "otpauth";
import { RECOVERY_CODE_ALPHABET, RECOVERY_CODE_COUNT, RECOVERY_CODE_GROUP } from "@/lib/domain/mfa/recovery-codes";

/** A new random TOTP secret (160 bits, the RFC 4226 recommendation), base32-encoded. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** Fresh recovery codes, e.g. "k7m2q-x9c4t", from a cryptographic random source. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    let code = "";
    for (let i = 0; i < RECOVERY_CODE_GROUP * 2; i++) code += RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)];
    return `${code.slice(0, RECOVERY_CODE_GROUP)}-${code.slice(RECOVERY_CODE_GROUP)}`;
  });
}
