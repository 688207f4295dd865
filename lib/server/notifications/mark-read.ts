import type { DbOrTx } from "@/lib/server/db/types";

/**
 * Marks one of the user's own notices read at `now`. Someone else's notice, an unknown id or one already read
 * changes nothing (no error: marking read is idempotent, and a foreign id must not be told apart from an
 * unknown one). Returns whether a row changed.
 */
export async function markNotificationRead(db: DbOrTx, userId: string, notificationId: string, now: Date): Promise<boolean> {
  const { count } = await db.notification.updateMany({ where: { id: notificationId, userId, readAt: null }, data: { readAt: now } });
  return count === 1;
}

/** Marks every unread notice of the user read at `now`; returns how many. */
export async function markAllNotificationsRead(db: DbOrTx, userId: string, now: Date): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
  return count;
}
