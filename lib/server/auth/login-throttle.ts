import type { BackoffPolicy } from "@/lib/domain/throttle/backoff";
import { getClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { clearCounters, type Reservation, refundAttempt, reserveAttempt, type ThrottleRule } from "@/lib/server/throttle";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Password guesses (login and the current-password check) are throttled on three counters, never by
 * locking the account for everyone (ASVS 5.0 V6.3.1):
 * - per (account, client): 5 free, then 30 s, 1 min, 2 min … up to 15 min between attempts;
 * - per client across all accounts: 30 free, then the same growing delays (password spraying);
 * - per account across all clients: 100 free, then 1 s, 2 s … up to 1 min between attempts. This ceiling
 *   only slows distributed guessing. One outsider cannot reach it quickly (its own counters hold it back
 *   first), and a client that signed in to the account in the last 30 days is never held back by it, so
 *   the owner keeps logging in from a usual address. Trade-off: an attacker with many addresses can make
 *   the owner wait up to a minute per attempt from a NEW address; accepted as the price of slowing a botnet.
 * A counter with no attempt for 24 hours starts again; a success clears the (account, client) counter and
 * gives back its attempt on the two shared ones.
 */
export const PAIR_POLICY: BackoffPolicy = { freeAttempts: 5, baseDelayMs: 30_000, maxDelayMs: 15 * MINUTE, resetAfterMs: DAY };
export const CLIENT_POLICY: BackoffPolicy = { freeAttempts: 30, baseDelayMs: 30_000, maxDelayMs: 15 * MINUTE, resetAfterMs: DAY };
export const ACCOUNT_POLICY: BackoffPolicy = { freeAttempts: 100, baseDelayMs: 1_000, maxDelayMs: MINUTE, resetAfterMs: DAY };
export const KNOWN_CLIENT_MS = 30 * DAY;

export const pairKey = (email: string, client: string) => `login:pair:${email.toLowerCase()}|${client}`;
export const clientKey = (client: string) => `login:client:${client}`;
export const accountKey = (email: string) => `login:account:${email.toLowerCase()}`;

export function passwordGuessRules(email: string, client: string): ThrottleRule[] {
  const pair = pairKey(email, client);
  return [
    { key: pair, policy: PAIR_POLICY },
    { key: clientKey(client), policy: CLIENT_POLICY },
    {
      key: accountKey(email),
      policy: ACCOUNT_POLICY,
      waivedWhen: (rows, now) => {
        const lastSuccess = rows.get(pair)?.lastSuccessAt;
        return Boolean(lastSuccess && now.getTime() - lastSuccess.getTime() < KNOWN_CLIENT_MS);
      },
    },
  ];
}

/** Reserve one password guess for `email` from the client bucket `client` (see clientBucket). */
export function reservePasswordGuess(db: Db, email: string, client: string, now = getClock().now()): Promise<Reservation> {
  return reserveAttempt(db, passwordGuessRules(email, client), now);
}

export async function recordPasswordSuccess(db: Db, email: string, client: string, now = getClock().now()) {
  await clearCounters(db, [pairKey(email, client)], now);
  await refundAttempt(db, [clientKey(client), accountKey(email)]);
}
