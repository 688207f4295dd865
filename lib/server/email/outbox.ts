import type { Locale } from "@/i18n/locales";
import type { DbOrTx } from "@/lib/server/db/types";
import { composeEmail, type EmailTemplate } from "./compose";

export interface QueuedEmail {
  to: string;
  template: EmailTemplate;
  locale: Locale;
  /** Values for the template's {placeholders}. */
  params: Record<string, string>;
}

/**
 * Queues one e-mail in the outbox (OutboxEmail), in the caller's transaction: the e-mail exists exactly when
 * the change that caused it was committed. Nothing is sent here; a sender job delivers unsent rows.
 */
export async function queueEmail(db: DbOrTx, email: QueuedEmail) {
  const { subject, body } = composeEmail(email.locale, email.template, email.params);
  return db.outboxEmail.create({ data: { to: email.to, subject, body, locale: email.locale }, select: { id: true } });
}
