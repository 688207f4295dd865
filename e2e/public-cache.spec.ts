import { actorPage } from "./support/company-helpers";
import { expect, logInUser, refreshPublicPages, test, waitForHydration } from "./support/fixtures";
import { insertProject } from "./support/projects";

// Issue 9: visitors' pages come from Next.js's cache, the same HTML for everyone per locale and query. What
// changes them must show at once (the action invalidates their tags), and nobody's session may end up in them.

/** The bound the cached pages declare (lib/server/public-cache/tags.ts PUBLIC_PAGE_MAX_AGE_SECONDS). */
const MAX_AGE_SECONDS = 30;

test("a publication shows on the listing, the home page and its own page at the next visit", async ({
  browser,
  database,
  makeUser,
  request,
}) => {
  const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  const owner = await database.prisma.company.findUniqueOrThrow({ where: { userId: company.id } });
  // Customer service passed the preliminary review (the publisher must be someone else).
  const reviewer = await makeUser("CUSTOMER_SERVICE");
  const title = `缓存刷新-${Date.now().toString(36)}`;
  const project = await database.prisma.loanProject.create({
    data: {
      companyId: owner.id,
      title,
      purpose: "缓存测试：采购原材料。",
      amountFen: 50_000_000n,
      annualRateBp: 1150,
      termMonths: 6,
      repaymentMethod: "EQUAL_INSTALLMENT",
      fundraisingDays: 10,
      minInvestmentFen: 10_000n,
      status: "PENDING_FINAL_REVIEW",
      submittedAt: new Date(),
      passedById: reviewer.id,
    },
  });
  await refreshPublicPages(request);

  // A visitor's pages are cached before the publication: the project is on none of them.
  const visitor = await actorPage(browser);
  const listing = "/loans?status=FUNDRAISING&sort=newest";
  for (let visit = 0; visit < 2; visit++) {
    const response = await visitor.goto(listing);
    expect(response?.headers()["cache-control"], "the listing is kept for a bounded time").toContain(`s-maxage=${MAX_AGE_SECONDS}`);
  }
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);
  const before = await visitor.goto(`/loans/${project.id}`);
  expect(before?.status()).toBe(404);

  // The supervisor publishes it through the site.
  const supervisor = await makeUser("SUPERVISOR");
  const sup = await actorPage(browser, supervisor);
  await sup.goto(`/admin/reviews/${project.id}`);
  const form = sup.getByTestId("publish-form");
  await waitForHydration(form);
  await form.getByLabel("风险等级").selectOption("B");
  await form.getByRole("button", { name: "发布" }).click();
  await expect(sup.getByTestId("loan-status")).toHaveText("招标中");

  // The very next visit shows it: listing, home page and its own page (which was a cached 404).
  await visitor.goto(listing);
  await expect(visitor.getByRole("link", { name: title, exact: true })).toBeVisible();
  await visitor.goto("/");
  await expect(visitor.getByRole("link", { name: title, exact: true })).toBeVisible();
  const after = await visitor.goto(`/loans/${project.id}`);
  expect(after?.status()).toBe(200);
  await expect(visitor.getByTestId("project-title")).toHaveText(title);
});

test("a visitor's page is served from the cache, and never carries a signed-in user's header", async ({ browser, makeUser }) => {
  const investor = await makeUser("INVESTOR");

  // The investor looks at the listing first, so that whatever the cache keeps was rendered during their visit.
  const signedIn = await actorPage(browser, investor);
  const mine = await signedIn.goto("/loans?sort=rate_desc");
  await expect(signedIn.getByTestId("signed-in-as")).toContainText(investor.displayName);
  expect(await mine?.text(), "the cached HTML names nobody").not.toContain(investor.displayName);

  // A visitor then gets the same page from the cache, with the visitor's header only.
  const visitor = await actorPage(browser);
  const response = await visitor.goto("/loans?sort=rate_desc");
  // Kept for everyone (whether this visit hit the cache depends on other tests' invalidations, run in parallel).
  expect(response?.headers()["cache-control"], "a cached page").toContain(`s-maxage=${MAX_AGE_SECONDS}`);
  const html = (await response?.text()) ?? "";
  expect(html).not.toContain(investor.displayName);
  expect(html).not.toContain(investor.email);
  await waitForHydration(visitor.getByRole("banner"));
  await expect(visitor.getByRole("link", { name: "登录" })).toBeVisible();
  await expect(visitor.getByTestId("signed-in-as")).toHaveCount(0);
  await expect(visitor.getByTestId("logout")).toHaveCount(0);

  // Who is looking comes from /api/viewer, never stored by anyone.
  const viewer = await visitor.request.get("/api/viewer");
  expect(viewer.headers()["cache-control"]).toContain("no-store");
  expect(await viewer.json()).toMatchObject({ user: null, viewer: { kind: "visitor" } });
});

test("pages rendered per user are never cached", async ({ browser, makeUser }) => {
  const investor = await makeUser("INVESTOR");
  const page = await actorPage(browser, investor);
  const response = await page.goto("/investor");
  expect(response?.headers()["x-nextjs-cache"]).toBeUndefined();
  expect(response?.headers()["cache-control"]).toMatch(/no-store/);
  // Without JavaScript too, the server puts the user in the header of such pages.
  expect(await response?.text()).toContain(investor.displayName);
});

test("on a phone the header has the same height for a visitor and a signed-in user, so learning who is looking shifts nothing", async ({
  browser,
  makeUser,
}) => {
  const investor = await makeUser("INVESTOR");
  for (const locale of ["zh-CN", "en"]) {
    const heights: number[] = [];
    for (const user of [undefined, investor]) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: test.info().project.use.baseURL ?? "" }]);
      const page = await context.newPage();
      if (user) await logInUser(page, user);
      await page.goto("/loans");
      // Once /api/viewer has answered, the header shows the signed-in user's links (or still the visitor's).
      await expect(
        page
          .getByRole("banner")
          .getByTestId(user ? "logout" : "language-switch")
          .first(),
      ).toBeVisible();
      heights.push((await page.getByRole("banner").boundingBox())?.height ?? 0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${locale}: no sideways scrolling`).toBeLessThanOrEqual(390);
      await context.close();
    }
    expect(heights[0], `${locale}: a header`).toBeGreaterThan(0);
    expect(heights[1], `${locale}: visitor ${heights[0]} px, signed in ${heights[1]} px`).toBe(heights[0]);
  }
});

test("a cached page's countdown runs from the server's clock of /api/viewer, not from when the page was rendered", async ({
  page,
  database,
  makeUser,
}) => {
  const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  // Its deadline is 3 days 5 hours (and a little) from now.
  const project = await insertProject(database, company, {
    title: `倒计时-${Date.now().toString(36)}`,
    rateBp: 1000,
    method: "EQUAL_INSTALLMENT",
  });
  await refreshPublicPages(page.request);

  // As if the cached copy had been rendered two days ago: the server's clock (from /api/viewer) is two days on
  // from the time the page carries, so two days less are left.
  await page.route("**/api/viewer", async (route) => {
    const response = await route.fetch();
    const answer = (await response.json()) as { now: string };
    expect(Math.abs(Date.parse(answer.now) - Date.now()), "the server's clock, close to real time").toBeLessThan(60_000);
    await route.fulfill({ response, json: { ...answer, now: new Date(Date.parse(answer.now) + 2 * 86_400_000).toISOString() } });
  });
  await page.goto(`/loans/${project.id}`);
  await expect(page.getByTestId("deadline-countdown")).toHaveText(/^1\s天 5\s小时$/);
});
