import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { type Locale, toLocale } from "@/i18n/locales";

export type LoansTranslator = Awaited<ReturnType<typeof getTranslations<"loans">>>;
export type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/**
 * What the listing components need to speak the visitor's language, loaded once by the page and passed
 * down, so the cards stay plain synchronous components (one translator for a whole listing, not one per
 * card) that any server page can render.
 */
export interface ListingText {
  t: LoansTranslator;
  locale: Locale;
  format: Formatter;
}

export async function getListingText(): Promise<ListingText> {
  const [t, locale, format] = await Promise.all([getTranslations("loans"), getLocale(), getFormatter()]);
  return { t, locale: toLocale(locale), format };
}
