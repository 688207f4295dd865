import { randomBytes } from "node:crypto";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/config";
import type { Role } from "@/lib/generated/prisma/enums";
import { getClock } from "@/lib/server/clock";
import type { DbOrTx } from "@/lib/server/db/types";
import type { MfaState } from "@/lib/shared/mfa-state";
import { isStaffRole } from "@/lib/shared/roles";

export type { MfaState };

export interface LiveSession {
  sessionId: string;
  userId: string;
  role: Role;
  displayName: string;
  mfa: MfaState;
}

/** Truncated client details kept for the user's own review of their sessions; never used for decisions. */
export interface SessionClient {
  userAgent?: string | null;
  ip?: string | null;
}

/** Opens a server-side session at login; returns its id (32 random bytes, base64url), carried in the JWT as `sid`. */
export async function startSession(db: DbOrTx, userId: string, client: SessionClient = {}, now = getClock().now()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.authSession.create({
    data: {
      id,
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      ip: client.ip?.slice(0, 64) ?? null,
    },
  });
  return id;
}

/**
 * The session behind a JWT, checked on every request: null when the row is missing, revoked, expired, belongs
 * to another user, or the user is disabled or changed since (`sessionVersion`, kept from before server-side
 * sessions). One indexed look-up by primary key, joined with the user's current state.
 */
export async function resolveSession(
  db: DbOrTx,
  token: { sid?: unknown; uid?: unknown; sv?: unknown },
  now = getClock().now(),
): Promise<LiveSession | null> {
  if (typeof token.sid !== "string" || typeof token.uid !== "string") return null;
  // One statement, raw: it runs on every request that reads the session, and Prisma's query compiler costs more
  // CPU for this nested select than the database does for the join (bench:invest's HTTP profile).
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT s."userId", s."expiresAt", s."revokedAt", s."mfaVerifiedAt",
           u."role"::text AS "role", u."displayName", u."disabledAt", u."sessionVersion", m."confirmedAt" AS "mfaConfirmedAt"
      FROM "AuthSession" s
      JOIN "User" u ON u."id" = s."userId"
      LEFT JOIN "StaffMfa" m ON m."userId" = s."userId"
     WHERE s."id" = ${token.sid}`;
  if (!row || row.userId !== token.uid || row.revokedAt || row.expiresAt <= now) return null;
  if (row.disabledAt || row.sessionVersion !== token.sv) return null;
  return {
    sessionId: token.sid,
    userId: row.userId,
    role: row.role,
    displayName: row.displayName,
    mfa: mfaState(row.role, row.mfaConfirmedAt, row.mfaVerifiedAt),
  };
}

interface SessionRow {
  userId: string;
  expiresAt: Date;
  revokedAt: Date | null;
  mfaVerifiedAt: Date | null;
  role: Role;
  displayName: string;
  disabledAt: Date | null;
  sessionVersion: number;
  mfaConfirmedAt: Date | null;
}

function mfaState(role: Role, confirmedAt: Date | null, verifiedAt: Date | null): MfaState {
  if (!isStaffRole(role)) return "NOT_REQUIRED";
  if (!confirmedAt) return "ENROL";
  return verifiedAt ? "VERIFIED" : "VERIFY";
}

/** Logout: the session ends on the server, so a copy of its cookie is refused from now on. Idempotent. */
export async function revokeSession(db: DbOrTx, sessionId: string, now = getClock().now()): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/**
 * Ends every live session of a user (password change, disabling, role change, MFA reset), optionally keeping
 * one (`except`). Pass the caller's transaction so the revocation commits with the change that caused it.
 */
export async function revokeUserSessions(
  db: DbOrTx,
  userId: string,
  options: { except?: string } = {},
  now = getClock().now(),
): Promise<number> {
  const { count } = await db.authSession.updateMany({
    where: { userId, revokedAt: null, ...(options.except ? { id: { not: options.except } } : {}) },
    data: { revokedAt: now },
  });
  return count;
}
