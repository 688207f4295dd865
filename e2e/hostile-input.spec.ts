import { expect, test, uniqueEmail, waitForHydration } from "./support/fixtures";

/**
 * Issue 7 §3 over HTTP: the inputs that used to stall the server (regexes backtracking on long runs of
 * spaces) are answered at once, and an ordinary request sent alongside them is not held up.
 * The cap is a guard against stalls, not a benchmark: the old parsers needed hours for the 8,000 spaces
 * below, while the production server answers these pages within seconds even on a busy machine.
 */
const CAP_MS = 20_000;

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
const spaces = (n: number, end = "x") => `1${" ".repeat(n)}${end}`;

test.describe("input that used to stall the server", () => {
  test("long runs of spaces in listing and calculator parameters are answered at once, and stall nobody", async ({ request }) => {
    const hostile = [
      `/loans?${query({ term: `${" ".repeat(250)}x` })}`,
      `/loans?${query({ term: spaces(8_000), minRate: spaces(1_000), maxRate: `-${" ".repeat(1_000)}\u0000` })}`,
      `/calculator?${query({ amount: `-${" ".repeat(3_000)}\u0000`, rate: spaces(3_000), term: spaces(1_000), method: "x" })}`,
    ];
    // Warm the pages first, so that the measurement is not a cold start.
    for (const page of ["/loans", "/calculator"]) expect((await request.get(page)).status()).toBe(200);
    const started = Date.now();
    const [ordinary, ...answers] = await Promise.all([request.get("/loans"), ...hostile.map((url) => request.get(url))]);
    const elapsed = Date.now() - started;

    expect(ordinary.status()).toBe(200);
    for (const answer of answers) expect(answer.status(), answer.url().slice(0, 80)).toBe(200);
    expect(elapsed).toBeLessThan(CAP_MS);
  });

  test("a 300-character registered capital is refused with the length limit, in the user's language", async ({ page }) => {
    await page.goto("/register/company");
    const form = page.locator("main form");
    await waitForHydration(form);
    await form.getByLabel("企业名称").fill("超长输入测试有限公司");
    await form.getByLabel("注册资本（元）").fill(spaces(298));
    await form.getByLabel("电子邮箱").fill(uniqueEmail("hostile"));
    const started = Date.now();
    await form.getByRole("button", { name: "创建账户" }).click();

    await expect(form.getByRole("alert")).toHaveText("请更正标出的字段。");
    await expect(form.getByLabel("注册资本（元）")).toHaveAccessibleDescription(/内容过长，最多 40 个字符。/);
    expect(Date.now() - started).toBeLessThan(CAP_MS);
  });
});
