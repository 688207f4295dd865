import type { Page } from "@playwright/test";
import type { OpenDatabase } from "@/lib/server/db/open";
import { expect, waitForHydration } from "./fixtures";

/**
 * The path of the newest activation link e-mailed to `email`, read from the outbox table as the recipient's
 * mailbox would show it (the admin's browser never sees it).
 */
export async function activationPathFromOutbox(database: OpenDatabase, email: string): Promise<string> {
  let body = "";
  await expect
    .poll(
      async () => {
        const mail = await database.prisma.outboxEmail.findFirst({
          where: { to: email, body: { contains: "/activate/" } },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        });
        body = mail?.body ?? "";
        return body;
      },
      { message: `an activation e-mail to ${email}` },
    )
    .toContain("/activate/");
  const link = body.split(/\s/).find((word) => /^https?:\/\//.test(word) && word.includes("/activate/"));
  if (!link) throw new Error(`no activation link in the e-mail to ${email}`);
  return new URL(link).pathname;
}

/** Opens the activation link and sets the password through the form (zh-CN labels by default). */
export async function activateThroughLink(
  page: Page,
  path: string,
  password: string,
  labels = { password: "密码", confirm: "再次输入密码", submit: "设置密码并激活" },
) {
  await page.goto(path);
  const form = page.locator("main form");
  await waitForHydration(form);
  await form.getByLabel(labels.password, { exact: true }).fill(password);
  await form.getByLabel(labels.confirm).fill(password);
  await form.getByRole("button", { name: labels.submit }).click();
}
