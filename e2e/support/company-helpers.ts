import { randomUUID } from "node:crypto";
import type { Browser, Locator, Page } from "@playwright/test";
import { creditCodeCheckCharacter } from "@/lib/domain/identity/credit-code";
import { expect, logInUser, type TestUser } from "./fixtures";

/** Helpers for the company, review and listing journeys (several actors, each in a browser context of its own). */

/** A valid unified social credit code (enterprise, Beijing region, GB 32100 check character), unique per call. */
export function validCreditCode(): string {
  const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  let body = "91110000";
  for (let i = 0; i < 9; i++) body += charset[Math.floor(Math.random() * charset.length)];
  return body + creditCodeCheckCharacter(body);
}

/** A short unique tag for names and titles, so parallel tests never see each other's rows. */
export const uniqueTag = () => randomUUID().slice(0, 8);

/** A tiny but well-formed PDF: the server recognises it by its "%PDF-" signature. */
export const PDF_BYTES = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

/** A 1×1 PNG. */
export const PNG_BYTES = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

export const pdfFile = (name = "business-licence.pdf") => ({ name, mimeType: "application/pdf", buffer: PDF_BYTES });
export const pngFile = (name = "legal-rep-id.png") => ({ name, mimeType: "image/png", buffer: PNG_BYTES });

/**
 * A fresh browser context (own cookies) logged in as `user`, with every confirmation dialog accepted.
 * Pass no user for a visitor.
 */
export async function actorPage(browser: Browser, user?: TestUser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  acceptDialogs(page);
  if (user) await logInUser(page, user);
  return page;
}

/** Accepts every window.confirm (staff decisions and irreversible company steps ask for one). */
export function acceptDialogs(page: Page) {
  page.on("dialog", (dialog) => {
    void dialog.accept();
  });
}

/** Switches this context's language with the header button and waits for the page to re-render in it. */
export async function switchLanguage(page: Page, to: "en" | "zh-CN") {
  const button = page.getByTestId("language-switch");
  await button.click();
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

/** The form (on a page with several) that holds the given button. */
export function formWithButton(page: Page, name: string | RegExp): Locator {
  return page.locator("form").filter({ has: page.getByRole("button", { name, exact: typeof name === "string" }) });
}

/**
 * Finds the row holding `text` in a paginated staff queue (oldest first, 20 a page: other tests' items may
 * push a new one past page 1) and returns it, with the page left on the queue page that shows it.
 */
export async function findInQueue(page: Page, path: string, rowTestId: string, text: string, maxPages = 10): Promise<Locator> {
  for (let n = 1; n <= maxPages; n++) {
    await page.goto(n === 1 ? path : `${path}?page=${n}`);
    const row = page.getByTestId(rowTestId).filter({ hasText: text });
    if ((await row.count()) > 0) return row;
    // The pagination's label is in the page's language (common.pagination).
    if ((await page.getByRole("navigation", { name: /^(?:分页|Pages)$/ }).count()) === 0) break;
  }
  throw new Error(`"${text}" is not in the queue ${path}`);
}
