import type { Browser, Page } from "@playwright/test";
import { logInUser, type TestUser, useOwnClientIp } from "./fixtures";

/**
 * A browser of this actor's own (cookies, client address, language), logged in, accepting every confirmation.
 * With `baseURL`, the language is also fixed by the NEXT_LOCALE cookie, not only by the browser's.
 */
export async function actorPage(
  browser: Browser,
  user: TestUser,
  { locale = "zh-CN", baseURL, viewport }: { locale?: "zh-CN" | "en"; baseURL?: string; viewport?: { width: number; height: number } } = {},
): Promise<Page> {
  const context = await browser.newContext(viewport ? { locale, viewport } : { locale });
  // biome-ignore lint/correctness/useHookAtTopLevel: a Playwright helper named like a hook, not a React hook.
  await useOwnClientIp(context);
  if (baseURL) await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
  const page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  await logInUser(page, user);
  return page;
}
