import { type Locale, toLocale } from "@/i18n/locales";
import type { Role } from "@/lib/generated/prisma/enums";
import { appUrl } from "@/lib/server/email/app-url";
import { type NotificationKind, type NotificationSubject, subjectPath } from "./kinds";
import { notificationRenderer, templatedTranslator } from "./render";

/** A notice as its e-mail needs it: what it says, and to whom (their role for the link, their language). */
export interface NoticeForEmail {
  kind: string;
  params: unknown;
  subjectType: string | null;
  subjectId: string | null;
  /** The recipient's role: the link goes to the subject's page for that role. */
  role: string;
  /** The recipient's User.locale. */
  locale: string;
}

/**
 * Composes notices' e-mails (emails.json `notice` around the notice's own title and body, with an absolute link
 * to the subject for the recipient's role, or to /notifications): a notice stores no text, so its e-mail is
 * written when it is sent (send-emails) or shown (the outbox viewer), in the recipient's language then.
 * Returns a function; the translators of each language are made once per call of this.
 */
export function noticeEmailComposer(): (notice: NoticeForEmail) => { subject: string; body: string } {
  const byLocale = new Map<Locale, (notice: NoticeForEmail) => { subject: string; body: string }>();
  return (notice) => {
    const locale = toLocale(notice.locale);
    let compose = byLocale.get(locale);
    if (!compose) {
      const render = notificationRenderer(locale);
      const t = templatedTranslator(locale, "emails");
      compose = (row) => {
        const subject: NotificationSubject | undefined =
          row.subjectType && row.subjectId ? ({ type: row.subjectType, id: row.subjectId } as NotificationSubject) : undefined;
        const link = appUrl(subjectPath(subject, row.role as Role) ?? "/notifications");
        const text = render(row.kind as NotificationKind, (row.params ?? {}) as Record<string, string>);
        return { subject: t("notice.subject", { title: text.title }), body: t("notice.body", { ...text, link }) };
      };
      byLocale.set(locale, compose);
    }
    return compose(notice);
  };
}
