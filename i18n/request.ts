import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getBusinessTimeZone } from "@/lib/server/clock/business-zone";
import { LOCALE_COOKIE, toLocale } from "./locales";
import { loadMessages } from "./messages";

// The locale lives in a cookie (no locale in URLs): remembered across visits, switchable without JavaScript.
// Dates and times are shown in the business time zone (BUSINESS_TIME_ZONE), never the server's own zone.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: loadMessages(locale), timeZone: getBusinessTimeZone() };
});
