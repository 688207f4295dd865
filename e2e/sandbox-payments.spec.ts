import { expect, test } from "@playwright/test";
import { sandboxPayments } from "./support/sandbox-payments";

// The sandbox payment platform in a real browser: the hosted checkout a user pays at, and the merchant
// console where customer service executes transfers (划账) and copies the serial.

const sandbox = sandboxPayments();

test.describe("sandbox checkout", () => {
  test("shows the amount and order; Pay sends the browser back with result=paid and the order is PAID", async ({ page, baseURL }) => {
    const returnUrl = `${baseURL}/zh-CN`;
    const { orderNo, checkoutUrl } = await sandbox.createOrder({ amountFen: 1_234_567n, returnUrl });
    await page.goto(checkoutUrl);
    await expect(page.getByTestId("checkout-amount")).toHaveText("¥12,345.67");
    await expect(page.getByText(orderNo)).toBeVisible();
    await page.getByRole("button", { name: "支付 Pay" }).click();
    await page.waitForURL((url) => url.searchParams.get("result") === "paid");
    expect(new URL(page.url()).searchParams.get("orderNo")).toBe(orderNo);
    const order = await sandbox.order(orderNo);
    expect(order.status).toBe("PAID");
    expect(order.gatewaySerial).toMatch(/^SBP\d{16}$/);

    // Back at the checkout, the order is closed: no second payment.
    await page.goto(checkoutUrl);
    await expect(page.getByTestId("checkout-status")).toContainText("Paid");
    await expect(page.getByRole("button", { name: "支付 Pay" })).toHaveCount(0);
  });

  test("Fail marks the order FAILED; Abandon leaves it unpaid", async ({ page, baseURL }) => {
    const failing = await sandbox.createOrder({ amountFen: 5000n, returnUrl: `${baseURL}/zh-CN` });
    await page.goto(failing.checkoutUrl);
    await page.getByRole("button", { name: "模拟失败 Fail" }).click();
    await page.waitForURL((url) => url.searchParams.get("result") === "failed");
    expect((await sandbox.order(failing.orderNo)).status).toBe("FAILED");

    const abandoned = await sandbox.createOrder({ amountFen: 5000n, returnUrl: `${baseURL}/en` });
    await page.goto(abandoned.checkoutUrl);
    await page.getByRole("button", { name: "放弃并返回 Abandon" }).click();
    await page.waitForURL((url) => url.searchParams.get("result") === "abandoned");
    expect((await sandbox.order(abandoned.orderNo)).status).toBe("CREATED");
  });

  test("refuses an expired order", async ({ page, baseURL }) => {
    const { checkoutUrl } = await sandbox.createOrder({ amountFen: 100n, returnUrl: `${baseURL}/zh-CN`, expiresInMs: -1000 });
    const response = await page.goto(checkoutUrl);
    expect(response?.status()).toBe(410);
    await expect(page.getByText("订单已过期")).toBeVisible();
    await expect(page.getByRole("button", { name: "支付 Pay" })).toHaveCount(0);
  });
});

test.describe("sandbox merchant console", () => {
  test("refuses a wrong password", async ({ page }) => {
    await page.goto(`${sandbox.url}/console`);
    await page.getByLabel("密码 Password").fill("not-the-password");
    await page.getByRole("button", { name: "登录 Log in" }).click();
    await expect(page.getByRole("alert")).toContainText("Wrong password");
    await expect(page.getByRole("button", { name: "确认划账 Transfer" })).toHaveCount(0);
  });

  test("customer service executes a transfer and sees its serial, also in the list and the statement", async ({ page }) => {
    await sandbox.loginToConsole(page);
    const reference = `outflow-e2e-${Date.now().toString(36)}`;
    await page.getByLabel("收款人 Payee name").fill("王五");
    await page.getByLabel("银行卡号 Bank card number").fill("6222 0212 3456 7890 128");
    await page.getByLabel("金额（元）Amount (yuan)").fill("8,888.88");
    await page.getByLabel("平台参考号 Platform reference (outflow id)").fill(reference);
    await page.getByRole("button", { name: "确认划账 Transfer" }).click();
    // Money leaving cannot be taken back: a confirmation shows what will be transferred first.
    await expect(page.getByTestId("confirm-amount")).toHaveText("¥8,888.88");
    await expect(page.getByTestId("confirm-card")).toHaveText("6222 0212 3456 7890 128");
    await page.getByRole("button", { name: "确认划账 Confirm transfer" }).click();
    const serial = (await page.getByTestId("transfer-serial").textContent()) ?? "";
    expect(serial).toMatch(/^SBT\d{16}$/);
    await expect(page.getByRole("status")).toContainText("¥8,888.88 → 王五");
    await expect(page.getByRole("row", { name: new RegExp(reference) })).toContainText(serial);

    // The API refuses to make it twice: the same reference answers the same serial.
    expect((await sandbox.transfer({ reference, payeeName: "王五", cardNumber: "6222021234567890128", amountFen: 888_888n })).serial).toBe(
      serial,
    );

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "下载 CSV Download CSV" }).click();
    const file = await (await download).path();
    const { readFile } = await import("node:fs/promises");
    expect(await readFile(file, "utf8")).toContain(`${serial},`);
  });

  test("fits a 390 px phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await sandbox.loginToConsole(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
