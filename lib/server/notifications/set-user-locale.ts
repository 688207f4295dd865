import type { Locale } from "@/i18n/locales";
import type { DbOrTx } from "@/lib/server/db/types";

/**
 * Remembers the language a signed-in user switched to (User.locale): their notices' e-mails are composed in
 * it from now on (the in-app notices follow the page's language anyway). Writes only when it changed, so a
 * switch to the same language costs no row lock.
 */
export async function setUserLocale(db: DbOrTx, userId: string, locale: Locale): Promise<void> {
  await db.user.updateMany({ where: { id: userId, locale: { not: locale } }, data: { locale } });
}
