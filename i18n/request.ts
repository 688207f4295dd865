import { cookies } from "next/headers";
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { getBusinessTimeZone } from "@/lib/server/clock/business-zone";
import { LOCALE_COOKIE, LOCALES, toLocale } from "./locales";
import { loadMessages } from "./messages";

// The locale lives in a cookie (no locale in URLs): remembered across visits, switchable without JavaScript.
// proxy.ts copies it into the hidden [locale] segment, which pages and layouts pass on with setRequestLocale
// (so cached visitors' pages read no cookie); the cookie is read here only when a page did not.
// Dates and times are shown in the business time zone (BUSINESS_TIME_ZONE), never the server's own zone.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(LOCALES, requested) ? requested : toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: loadMessages(locale), timeZone: getBusinessTimeZone() };
});
