import type { Locale } from "@/i18n/locales";
import type { Role } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/server/db/types";
import { listPage, type Page } from "@/lib/shared/pagination";
import { isNotificationKind, type NotificationSubjectType, subjectPath } from "./kinds";
import { notificationRenderer } from "./render";

/** Notices per page of /notifications. */
export const NOTIFICATIONS_PAGE_SIZE = 20;

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** Where the notice points for this reader, or null. */
  href: string | null;
  read: boolean;
  createdAt: Date;
}

/**
 * One page of the reader's own notices, newest first, their text rendered in `locale` (the page's language,
 * whatever language their e-mails went out in). Only `user.id`'s rows are ever read. A kind this version no
 * longer knows is skipped in rendering (shown by its raw name) rather than failing the page.
 */
export async function listNotifications(
  db: DbOrTx,
  user: { id: string; role: Role },
  locale: Locale,
  page: number,
  pageSize = NOTIFICATIONS_PAGE_SIZE,
): Promise<Page<NotificationView>> {
  const render = notificationRenderer(locale);
  const where = { userId: user.id };
  return listPage(
    page,
    pageSize,
    async (window) => {
      const rows = await db.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...window });
      return rows.map((row) => {
        const params = (row.params ?? {}) as Record<string, string>;
        const text = isNotificationKind(row.kind) ? render(row.kind, params) : { title: row.kind, body: "" };
        const subject = row.subjectType && row.subjectId ? { type: row.subjectType as NotificationSubjectType, id: row.subjectId } : null;
        return {
          id: row.id,
          kind: row.kind,
          ...text,
          href: subjectPath(subject, user.role),
          read: row.readAt !== null,
          createdAt: row.createdAt,
        };
      });
    },
    () => db.notification.count({ where }),
  );
}

/** How many of the user's notices are unread (the header's bell; a partial index on the unread rows). */
export function countUnread(db: DbOrTx, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}
