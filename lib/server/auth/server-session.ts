import { randomBytes } from "node:crypto";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/config";
import type { Role } from "@/lib/generated/prisma/enums";
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
export async function startSession(db: DbOrTx, userId: string, client: SessionClient = {}, now = new Date()): Promise<string> {
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
  now = new Date(),
): Promise<LiveSession | null> {
  if (typeof token.sid !== "string" || typeof token.uid !== "string") return null;
  const row = await db.authSession.findUnique({
    where: { id: token.sid },
    select: {
      userId: true,
      expiresAt: true,
      revokedAt: true,
      mfaVerifiedAt: true,
      user: {
        select: { role: true, displayName: true, disabledAt: true, sessionVersion: true, staffMfa: { select: { confirmedAt: true } } },
      },
    },
  });
  if (!row || row.userId !== token.uid || row.revokedAt || row.expiresAt <= now) return null;
  const { user } = row;
  if (user.disabledAt || user.sessionVersion !== token.sv) return null;
  return {
    sessionId: token.sid,
    userId: row.userId,
    role: user.role,
    displayName: user.displayName,
    mfa: mfaState(user, row.mfaVerifiedAt),
  };
}

function mfaState(user: { role: Role; staffMfa: { confirmedAt: Date | null } | null }, verifiedAt: Date | null): MfaState {
  if (!isStaffRole(user.role)) return "NOT_REQUIRED";
  if (!user.staffMfa?.confirmedAt) return "ENROL";
  return verifiedAt ? "VERIFIED" : "VERIFY";
}

/** Logout: the session ends on the server, so a copy of its cookie is refused from now on. Idempotent. */
export async function revokeSession(db: DbOrTx, sessionId: string, now = new Date()): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/**
 * Ends every live session of a user (password change, disabling, role change, MFA reset), optionally keeping
 * one (`except`). Pass the caller's transaction so the revocation commits with the change that caused it.
 */
export async function revokeUserSessions(db: DbOrTx, userId: string, options: { except?: string } = {}, now = new Date()): Promise<number> {
  const { count } = await db.authSession.updateMany({
    where: { userId, revokedAt: null, ...(options.except ? { id: { not: options.except } } : {}) },
    data: { revokedAt: now },
  });
  return count;
}
