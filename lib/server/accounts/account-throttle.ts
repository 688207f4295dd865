import type { BackoffPolicy } from "@/lib/domain/throttle/backoff";
import { clientBucket } from "@/lib/server/auth/client-ip";
import { getClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { clearCounters, rateLimitedError, refundAttempt, reserveAttempt } from "@/lib/server/throttle";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Registration and real-name verification answer neutrally (no enumeration), so what is left to an attacker
 * is trying many e-mails or ID numbers: both are throttled per client, and verification also per account
 * (ASVS 5.0 V6.3.7, V2.4.1). 10 free attempts per client, 5 failed verifications per account, then growing
 * delays of 1 min, 2 min … up to 1 hour; counters quiet for a day start again.
 * Registrations are never refunded: a refund on success would show, by when the limit strikes, which
 * e-mails were new.
 */
export const REGISTRATION_CLIENT_POLICY: BackoffPolicy = { freeAttempts: 10, baseDelayMs: MINUTE, maxDelayMs: HOUR, resetAfterMs: DAY };
export const VERIFICATION_CLIENT_POLICY: BackoffPolicy = { freeAttempts: 10, baseDelayMs: MINUTE, maxDelayMs: HOUR, resetAfterMs: DAY };
export const VERIFICATION_ACCOUNT_POLICY: BackoffPolicy = { freeAttempts: 5, baseDelayMs: MINUTE, maxDelayMs: HOUR, resetAfterMs: DAY };

export const registrationClientKey = (client: string) => `register:client:${client}`;
export const verificationClientKey = (client: string) => `verify:client:${client}`;
export const verificationAccountKey = (userId: string) => `verify:account:${userId}`;

/** Charges one registration to the client; throws TOO_MANY_ATTEMPTS (with minutes) when it must wait. */
export async function reserveRegistration(db: Db, ip: string | null, now = getClock().now()) {
  const reservation = await reserveAttempt(db, [{ key: registrationClientKey(clientBucket(ip)), policy: REGISTRATION_CLIENT_POLICY }], now);
  if (!reservation.ok) throw rateLimitedError(reservation.retryAt, now);
}

/** Charges one verification attempt to the client and to the account; settle a success with verificationSucceeded. */
export async function reserveVerification(db: Db, userId: string, ip: string | null, now = getClock().now()) {
  const reservation = await reserveAttempt(
    db,
    [
      { key: verificationClientKey(clientBucket(ip)), policy: VERIFICATION_CLIENT_POLICY },
      { key: verificationAccountKey(userId), policy: VERIFICATION_ACCOUNT_POLICY },
    ],
    now,
  );
  if (!reservation.ok) throw rateLimitedError(reservation.retryAt, now);
}

export async function verificationSucceeded(db: Db, userId: string, ip: string | null, now = getClock().now()) {
  await clearCounters(db, [verificationAccountKey(userId)], now);
  await refundAttempt(db, [verificationClientKey(clientBucket(ip))]);
}
