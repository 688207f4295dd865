import type { DbOrTx } from "@/lib/server/db/types";

// Failures are counted in the database, so the limit holds across any number of app instances.
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

export const accountKey = (email: string) => `account:${email.toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

export async function isLoginRateLimited(db: DbOrTx, email: string, ip: string | null, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const accountFailures = await countFailuresSinceLastSuccess(db, accountKey(email), since);
  if (accountFailures >= MAX_FAILURES_PER_ACCOUNT) return true;
  if (!ip) return false;
  const ipFailures = await db.loginAttempt.count({ where: { key: ipKey(ip), succeeded: false, createdAt: { gte: since } } });
  return ipFailures >= MAX_FAILURES_PER_IP;
}

// A successful login clears the account's count; failures before it no longer matter.
async function countFailuresSinceLastSuccess(db: DbOrTx, key: string, since: Date): Promise<number> {
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { key, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return db.loginAttempt.count({
    where: { key, succeeded: false, createdAt: { gte: lastSuccess?.createdAt ?? since } },
  });
}

export async function recordLoginAttempt(db: DbOrTx, email: string, ip: string | null, succeeded: boolean) {
  const keys = [accountKey(email), ...(ip ? [ipKey(ip)] : [])];
  await db.loginAttempt.createMany({ data: keys.map((key) => ({ key, succeeded })) });
}
