import { expect, test } from "./support/fixtures";
import { advanceClock, clockNow, resetClockAroundSpec, runJobNow, setClock } from "./support/test-clock";

/**
 * The test clock as clock specs use it: moving it moves the server's time (a session opened before a jump of more
 * than 8 hours has expired) and the time of a job run from the test process (an unpaid deposit expires).
 */
resetClockAroundSpec();

const DAY = 86_400_000;

test("moving the test clock expires the session and lets a job run at the new time", async ({ page, makeUser, loginAs, database }) => {
  const db = database.prisma;
  const start = setClock("2027-03-01T10:00");
  const investor = await makeUser("INVESTOR");
  await loginAs(investor);
  await page.goto("/investor/deposit");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/investor\/deposit$/);

  // A checkout left unpaid: it closes half an hour after it opened, on the server's clock.
  const deposit = await db.deposit.create({
    data: { userId: investor.id, amountFen: 50_000n, expiresAt: new Date(start.getTime() + 30 * 60_000) },
  });
  await runJobNow(db, "expire-deposits");
  expect((await db.deposit.findUniqueOrThrow({ where: { id: deposit.id } })).status, "not due yet at the clock's time").toBe("CREATED");

  const later = advanceClock(2 * DAY);
  expect(clockNow().getTime()).toBeGreaterThanOrEqual(later.getTime());

  // Two days on, the session (8 hours) has expired on the server.
  await page.goto("/investor/deposit");
  await expect(page).toHaveURL(/\/login/);

  const run = await runJobNow(db, "expire-deposits");
  expect(run.handled).toBeGreaterThanOrEqual(1);
  const expired = await db.deposit.findUniqueOrThrow({ where: { id: deposit.id } });
  expect(expired.status).toBe("EXPIRED");
  expect(expired.closedAt?.getTime()).toBeGreaterThanOrEqual(later.getTime());

  // Logged in again, the investor sees it expired.
  await loginAs(investor);
  await page.goto("/investor/deposit");
  await expect(page.getByTestId("deposit-row").getByTestId("deposit-status")).toHaveAttribute("data-status", "EXPIRED");
});
