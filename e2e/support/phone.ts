import type { Page } from "@playwright/test";
import { expect, type TestUser, test } from "./fixtures";

type Fixtures = Parameters<Parameters<typeof test>[2]>[0];

/** The phone the layout must fit (issue 8): 390 px wide. */
export const PHONE = { width: 390, height: 844 };

/** Nothing scrolls sideways at the page's current viewport (set PHONE first). */
export async function fitsThePhone(page: Page) {
  const { scrollWidth, viewport } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(scrollWidth, "no sideways scrolling at 390 px").toBeLessThanOrEqual(viewport);
}

/** Sets the page to PHONE, then waits until nothing scrolls sideways. */
export async function expectFitsPhone(page: Page) {
  await page.setViewportSize(PHONE);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

/**
 * The opening of an investor's screen test: two minutes for it (it walks several pages on a shared machine), the
 * page on a 390 px phone in `locale`, a new investor and a new verified (NORMAL) company for the project they
 * invest in. Log the investor in yourself (`loginAs`) once their money is in place.
 */
export async function investorAndCompanyOnPhone(
  { page, makeUser, baseURL }: Pick<Fixtures, "page" | "makeUser" | "baseURL">,
  locale: "zh-CN" | "en",
): Promise<{ investor: TestUser; company: TestUser }> {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL as string }]);
  const [investor, company] = await Promise.all([makeUser("INVESTOR"), makeUser("COMPANY", { companyStatus: "NORMAL" })]);
  return { investor, company };
}
