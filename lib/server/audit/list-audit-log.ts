import type { Db } from "@/lib/server/db/types";
import { forbidden } from "@/lib/server/errors";

export interface AuditFilter {
  action?: string;
  targetId?: string;
}

/** The admin's audit trail, newest first, with the acting user's name (one extra query per page). */
export async function listAuditLog(db: Db, actor: { role: string }, filter: AuditFilter, page: number, pageSize = 50) {
  if (actor.role !== "ADMIN") throw forbidden();
  const where = {
    ...(filter.action ? { action: { contains: filter.action, mode: "insensitive" as const } } : {}),
    ...(filter.targetId ? { targetId: filter.targetId } : {}),
  };
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * pageSize, take: pageSize }),
    db.auditLog.count({ where }),
  ]);
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => Boolean(id)))];
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true, email: true } });
  const names = new Map(actors.map((a) => [a.id, `${a.displayName} <${a.email}>`]));
  return { total, items: rows.map((row) => ({ ...row, actorName: row.actorId ? (names.get(row.actorId) ?? row.actorId) : null })) };
}
