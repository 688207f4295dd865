import { getLocale, getTranslations } from "next-intl/server";
import { switchLocaleAction } from "@/app/_actions/session-actions";
import { LOCALES } from "@/i18n/locales";

/** Plain forms, so switching works before (or without) JavaScript. */
export async function LanguageSwitcher() {
  const current = await getLocale();
  const t = await getTranslations("locale");
  return (
    <div className="flex items-center gap-1" title={t("switchTo")}>
      {LOCALES.filter((l) => l !== current).map((locale) => (
        <form key={locale} action={switchLocaleAction}>
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            lang={locale}
            className="rounded px-2 py-1 text-sm text-slate-600 hover:bg-slate-100"
            data-testid="language-switch"
          >
            {t(locale)}
          </button>
        </form>
      ))}
    </div>
  );
}
