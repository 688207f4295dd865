import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { getSecrets } from "./secrets";

const ALGORITHM = "aes-256-gcm";

function encryptionKey(): Buffer {
  const key = Buffer.from(getSecrets().piiEncryptionKey, "base64");
  if (key.length !== 32) throw new Error("PII_ENCRYPTION_KEY must be 32 bytes, base64-encoded.");
  return key;
}

/** "v1.<iv>.<tag>.<ciphertext>", all base64url: self-describing so the key can be rotated later. */
export function encryptPii(plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, encryptionKey(), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), ciphertext].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

export function decryptPii(sealed: string): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== "v1") throw new Error("Unknown PII envelope version.");
  const decipher = createDecipheriv(ALGORITHM, encryptionKey(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/** Keyed hash for uniqueness checks and look-ups without storing the number in clear. */
export function hashPii(value: string): string {
  return createHmac("sha256", Buffer.from(getSecrets().piiHashKey, "base64")).update(value).digest("hex");
}
