import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { listOutbox } from "@/lib/server/email/list-outbox";
import { countUnread, listNotifications } from "@/lib/server/notifications/list-notifications";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/server/notifications/mark-read";
import { notify, notifyMany } from "@/lib/server/notifications/notify";
import { repayFromWallet } from "@/lib/server/repayments/repay-from-wallet";
import { createUser } from "../support/factories";
import { depositFor } from "../support/investing";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { repayingProject } from "../support/repaying-project";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
});
afterAll(async () => {
  await database?.close();
});

const noticesOf = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { kind: "asc" }] });
const kindsOf = async (userId: string) => (await noticesOf(userId)).map((n) => n.kind);

describe("notifications along invest → payout → repayment", () => {
  it("each party is told each step once, in the transaction of the step, with one e-mail per notice in their language", async () => {
    const { project, companyUser, investors, instalments } = await repayingProject(db);
    // The payout: the investors' investments start earning; the company learns of the approval and the transfer.
    for (const investor of investors) expect(await kindsOf(investor.id)).toEqual(["PROJECT_PAID_OUT"]);
    expect((await kindsOf(companyUser.id)).sort()).toEqual(["PAYOUT_APPROVED", "PAYOUT_TRANSFERRED"]);

    // One investor reads English; the others keep the default (zh-CN).
    const english = investors[0] as (typeof investors)[number];
    await db.user.update({ where: { id: english.id }, data: { locale: "en" } });

    const first = instalments[0] as (typeof instalments)[number];
    await depositFor(db, companyUser.id, 10_000_000n);
    const applied = await repayFromWallet(
      db,
      { id: companyUser.id, role: "COMPANY" },
      { projectId: project.id, amountFen: first.principalFen + first.interestFen },
      { clock: fixedClock(first.dueDate.toISOString(), "Asia/Shanghai") },
    );
    await assertLedgerInvariants(db);

    const recorded = (await noticesOf(companyUser.id)).find((n) => n.kind === "REPAYMENT_RECORDED");
    expect(recorded?.params).toEqual({ project: project.title, amountFen: applied.amountFen.toString() });
    expect(recorded?.subjectType).toBe("LOAN_PROJECT");
    expect(recorded?.subjectId).toBe(project.id);

    // Each investor's notice carries their own net share: together, what the repayment credited them.
    let credited = 0n;
    for (const investor of investors) {
      const received = (await noticesOf(investor.id)).filter((n) => n.kind === "REPAYMENT_RECEIVED");
      expect(received).toHaveLength(1);
      credited += BigInt(((received[0]?.params ?? {}) as Record<string, string>).amountFen ?? "x");
    }
    expect(credited).toBe(applied.amountFen - applied.feeFen);

    // Exactly one e-mail per notice, to the user's address, in the user's language: the outbox viewer's list.
    const admin = await createUser(db, { role: "ADMIN" });
    const notices = await db.notification.findMany({ where: { userId: { in: [companyUser.id, ...investors.map((i) => i.id)] } } });
    const outbox = async (to: string) => (await listOutbox(db, { id: admin.id, role: "ADMIN" }, { page: 1, to, pageSize: 100 }, {})).items;
    const emails = (await Promise.all([companyUser, ...investors].map((user) => outbox(user.email)))).flat();
    expect(emails.map((e) => e.notificationId).sort()).toEqual(notices.map((n) => n.id).sort());
    const englishMail = emails.find((e) => e.to === english.email && e.subject.includes("Repayment received"));
    expect(englishMail?.locale).toBe("en");
    expect(englishMail?.body).toContain(project.title);
    expect(englishMail?.body).toMatch(/¥[\d,]+\.\d\d/);
    const chinese = investors[1] as (typeof investors)[number];
    const chineseMail = emails.find((e) => e.to === chinese.email && e.subject.includes("收到回款"));
    expect(chineseMail?.locale).toBe("zh-CN");
    expect(chineseMail?.body).toContain(`/loans/${project.id}`);
  });

  it("a failed step leaves no notice and no e-mail (same transaction)", async () => {
    const user = await createUser(db);
    await expect(
      withTransaction(db, async (tx) => {
        await notify(tx, { userId: user.id, kind: "DEPOSIT_CREDITED", params: { amountFen: "100" } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("reading notices", () => {
  it("lists the reader's own notices newest first in the page's language, counts and marks them read", async () => {
    const reader = await createUser(db, { locale: "zh-CN" });
    const other = await createUser(db);
    const t0 = new Date("2026-12-01T02:00:00Z");
    await withTransaction(db, async (tx) => {
      await notify(
        tx,
        { userId: reader.id, kind: "DEPOSIT_CREDITED", params: { amountFen: "123456" }, subject: { type: "DEPOSIT", id: "d1" } },
        t0,
      );
      await notifyMany(
        tx,
        [
          {
            userId: reader.id,
            kind: "WITHDRAWAL_REJECTED",
            params: { amountFen: "5000", reason: "card closed" },
            subject: { type: "OUTFLOW", id: "o1" },
          },
          { userId: other.id, kind: "DEPOSIT_FAILED", params: { amountFen: "1" } },
        ],
        new Date(t0.getTime() + 60_000),
      );
    });
    expect(await countUnread(db, reader.id)).toBe(2);

    const page = await listNotifications(db, { id: reader.id, role: "INVESTOR" }, "en", 1);
    expect(page.total).toBe(2);
    expect(page.items.map((n) => n.title)).toEqual(["Withdrawal rejected", "Deposit credited"]);
    expect(page.items[0]?.body).toBe("Your withdrawal of ¥50.00 was rejected: card closed. The amount is available again.");
    expect(page.items[1]?.body).toBe("Your deposit of ¥1,234.56 was credited to your wallet.");
    expect(page.items[1]?.href).toBe("/investor/transactions");
    const zh = await listNotifications(db, { id: reader.id, role: "INVESTOR" }, "zh-CN", 1);
    expect(zh.items[1]?.body).toBe("您的充值 ¥1,234.56 已到账。");

    const target = page.items[1]?.id as string;
    // Someone else's notice is not theirs to mark.
    expect(await markNotificationRead(db, other.id, target, t0)).toBe(false);
    expect(await markNotificationRead(db, reader.id, target, t0)).toBe(true);
    expect(await markNotificationRead(db, reader.id, target, t0)).toBe(false);
    expect(await countUnread(db, reader.id)).toBe(1);
    expect(await markAllNotificationsRead(db, reader.id, t0)).toBe(1);
    expect(await countUnread(db, reader.id)).toBe(0);
    expect(await countUnread(db, other.id)).toBe(1);
  });

  it("notifyMany is set-based: thousands of notices in a handful of statements", async () => {
    const users = await Promise.all(Array.from({ length: 20 }, () => createUser(db)));
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      userId: (users[i % users.length] as (typeof users)[number]).id,
      kind: "REPAYMENT_RECEIVED" as const,
      params: { amountFen: String(i + 1), project: "P" },
    }));
    const ids = await withTransaction(db, (tx) => notifyMany(tx, rows, new Date("2026-12-01T02:00:00Z")));
    expect(ids).toHaveLength(2000);
    expect(await db.notification.count({ where: { id: { in: ids }, emailSentAt: null, emailAttempts: 0 } })).toBe(2000);
  });
});
