import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";

/** Each template is a `subject` and a `body` under <template> in messages/<locale>/emails.json. */
export type EmailTemplate = "staffInvitation" | "supervisorGranted" | "notice";

type EmailMessages = { emails: Record<EmailTemplate, { subject: string; body: string }> };

/** Plain-text subject and body of an e-mail in the given language, placeholders filled from `params`. */
export function composeEmail(locale: Locale, template: EmailTemplate, params: Record<string, string>) {
  const messages = loadMessages(locale) as unknown as EmailMessages;
  const t = createTranslator({ locale, messages, namespace: "emails" });
  return { subject: t(`${template}.subject`, params), body: t(`${template}.body`, params) };
}
