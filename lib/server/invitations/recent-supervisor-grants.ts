import type { Role } from "@/lib/generated/prisma/enums";
import { assertCan } from "@/lib/server/auth/assert-can";
import { getClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { SUPERVISOR_GRANTED } from "@/lib/shared/audit-actions";

/** How far back the supervisors' console lists new supervisors. */
export const SUPERVISOR_GRANT_NOTICE_DAYS = 30;

export interface SupervisorGrantNotice {
  at: Date;
  userId: string;
  displayName: string;
  email: string;
  /** "Name <e-mail>" of the admin who granted the role. */
  grantedBy: string;
  /** CREATED for a new account, else the role the person had before. */
  fromRole: Role | null;
}

/**
 * Supervisor grants (SUPERVISOR_GRANTED audit rows) of the last 30 days, newest first, at most `limit`:
 * the notice on every supervisor's console. Only the roles with the "supervisorGrants.read" capability.
 */
export async function listRecentSupervisorGrants(
  db: Db,
  viewer: { role: Role },
  now = getClock().now(),
  limit = 20,
): Promise<SupervisorGrantNotice[]> {
  assertCan(viewer, "supervisorGrants.read");
  const since = new Date(now.getTime() - SUPERVISOR_GRANT_NOTICE_DAYS * 86_400_000);
  const rows = await db.auditLog.findMany({
    where: { action: SUPERVISOR_GRANTED, createdAt: { gte: since } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => Boolean(id)))];
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true, email: true } });
  const names = new Map(actors.map((a) => [a.id, `${a.displayName} <${a.email}>`]));
  return rows.map((row) => {
    const data = (row.data ?? {}) as { email?: string; displayName?: string; fromRole?: Role | null };
    return {
      at: row.createdAt,
      userId: row.targetId,
      displayName: data.displayName ?? "",
      email: data.email ?? "",
      grantedBy: row.actorId ? (names.get(row.actorId) ?? row.actorId) : "",
      fromRole: data.fromRole ?? null,
    };
  });
}
