import { type Locale, toLocale } from "@/i18n/locales";
import type { Role } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/server/db/types";
import { appUrl } from "@/lib/server/email/app-url";
import { type NotificationInput, subjectPath } from "./kinds";
import { type Composer, emailComposer } from "./notify";

/** An outbox row as the sender and the viewer read it. */
export interface OutboxText {
  notificationId: string | null;
  locale: string;
  subject: string;
  body: string;
}

/**
 * The outbox rows with their text: a notice's e-mail is stored without subject and body (notifyMany writes it
 * by SQL inside the change's transaction) and composed here, when it is sent or shown, in the language stored
 * on the row (the recipient's when the notice was written) from the notice's kind and params, linking to the
 * notice's subject for the recipient's role. Rows with a text of their own (invitations) are returned as they
 * are. One read of the notices for all the rows.
 */
export async function composeNoticeEmails<T extends OutboxText>(db: DbOrTx, rows: readonly T[]): Promise<T[]> {
  const pending = rows.filter((row) => row.notificationId !== null && row.subject === "" && row.body === "");
  if (pending.length === 0) return [...rows];
  const notices = await db.notification.findMany({
    where: { id: { in: pending.map((row) => row.notificationId as string) } },
    select: { id: true, kind: true, params: true, subjectType: true, subjectId: true, user: { select: { role: true } } },
  });
  const byId = new Map(notices.map((notice) => [notice.id, notice]));
  const composers = new Map<Locale, Composer>();
  return rows.map((row) => {
    const notice = row.notificationId === null ? undefined : byId.get(row.notificationId);
    if (!notice || row.subject !== "" || row.body !== "") return row;
    const locale = toLocale(row.locale);
    let compose = composers.get(locale);
    if (!compose) {
      compose = emailComposer(locale);
      composers.set(locale, compose);
    }
    const input = {
      userId: "",
      kind: notice.kind,
      params: notice.params,
      subject: notice.subjectType && notice.subjectId ? { type: notice.subjectType, id: notice.subjectId } : undefined,
    } as unknown as NotificationInput;
    const params = (notice.params ?? {}) as Record<string, string>;
    const link = appUrl(subjectPath(input.subject, notice.user.role as Role) ?? "/notifications");
    return { ...row, ...compose(input, params, link) };
  });
}
