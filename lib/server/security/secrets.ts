import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface Secrets {
  authSecret: string;
  /** 32 bytes, base64: AES-256-GCM key for personal data at rest. */
  piiEncryptionKey: string;
  /** HMAC key for the searchable hashes of personal data. */
  piiHashKey: string;
}

const SECRETS_FILE = path.join(process.cwd(), ".data", "secrets.json");
let cached: Secrets | undefined;

/**
 * Production on PostgreSQL reads the environment (AUTH_SECRET, PII_ENCRYPTION_KEY, PII_HASH_KEY) and refuses
 * to start without it. Elsewhere missing values are generated once into .data/secrets.json, so a fresh clone runs
 * with no set-up and keeps decrypting its own data across restarts.
 */
export function getSecrets(): Secrets {
  if (cached) return cached;
  const fromEnv = {
    authSecret: process.env.AUTH_SECRET,
    piiEncryptionKey: process.env.PII_ENCRYPTION_KEY,
    piiHashKey: process.env.PII_HASH_KEY,
  };
  if (fromEnv.authSecret && fromEnv.piiEncryptionKey && fromEnv.piiHashKey) {
    cached = fromEnv as Secrets;
    return cached;
  }
  // A production deployment (PostgreSQL) must bring its own keys; the embedded demo may generate them.
  const usesPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");
  if (process.env.NODE_ENV === "production" && usesPostgres) {
    throw new Error("AUTH_SECRET, PII_ENCRYPTION_KEY and PII_HASH_KEY must be set in production.");
  }
  const stored = readStoredSecrets();
  cached = {
    authSecret: fromEnv.authSecret ?? stored.authSecret,
    piiEncryptionKey: fromEnv.piiEncryptionKey ?? stored.piiEncryptionKey,
    piiHashKey: fromEnv.piiHashKey ?? stored.piiHashKey,
  };
  return cached;
}

function readStoredSecrets(): Secrets {
  if (existsSync(SECRETS_FILE)) return JSON.parse(readFileSync(SECRETS_FILE, "utf8")) as Secrets;
  const generated: Secrets = {
    authSecret: randomBytes(32).toString("base64"),
    piiEncryptionKey: randomBytes(32).toString("base64"),
    piiHashKey: randomBytes(32).toString("base64"),
  };
  mkdirSync(path.dirname(SECRETS_FILE), { recursive: true });
  writeFileSync(SECRETS_FILE, JSON.stringify(generated, null, 2), { mode: 0o600 });
  return generated;
}
