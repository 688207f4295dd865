import type { Role } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/server/db/types";

/** Who a record's rows name: display name and role by user id. */
export type People = Map<string, { name: string; role: Role }>;

/** Display name and role of each user named, by id (one query); ids of deleted users are absent. */
export async function peopleByIds(db: Db, ids: readonly string[]): Promise<People> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, displayName: true, role: true } });
  return new Map(users.map((u) => [u.id, { name: u.displayName, role: u.role }]));
}
