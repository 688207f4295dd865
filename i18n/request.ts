import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, toLocale } from "./locales";
import { loadMessages } from "./messages";

// The locale lives in a cookie (no locale in URLs): remembered across visits, switchable without JavaScript.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: loadMessages(locale), timeZone: "Asia/Shanghai" };
});
