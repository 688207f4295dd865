import nodemailer from "nodemailer";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { type MailSender, smtpSender } from "@/lib/server/email/sender";
import { EMAIL_LEASE_MS, MAX_EMAIL_ATTEMPTS, retryDelayMs, sendEmails } from "@/lib/server/jobs/send-emails";
import { notify } from "@/lib/server/notifications/notify";
import { createUser } from "../support/factories";
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
beforeEach(async () => {
  await db.outboxEmail.deleteMany();
  await db.notification.deleteMany();
});

const T0 = new Date("2026-12-01T02:00:00Z");
const at = (ms: number) => fixedClock(new Date(T0.getTime() + ms).toISOString(), "Asia/Shanghai");

async function queue(count: number) {
  await db.outboxEmail.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      to: `user${i}@example.test`,
      subject: `Subject ${i}`,
      body: `Body ${i}\nhttps://lend.example.com/notifications`,
      locale: "en",
      createdAt: new Date(T0.getTime() + i),
    })),
  });
}

/** nodemailer's JSON transport: builds each message as it would be sent, sends nothing (no network). */
function jsonSender() {
  const transport = nodemailer.createTransport({ jsonTransport: true });
  const sent: { to: string; subject: string; text: string; from: string }[] = [];
  const sender: MailSender = {
    async sendMail(message) {
      const info = await transport.sendMail(message);
      const parsed = JSON.parse(String(info.message)) as {
        to: { address: string }[];
        subject: string;
        text: string;
        from: { address: string };
      };
      sent.push({ to: parsed.to[0]?.address ?? "", subject: parsed.subject, text: parsed.text, from: parsed.from.address });
      return info;
    },
  };
  return { sender, sent };
}

describe("send-emails", () => {
  it("sends every unsent e-mail once, in chunks, and marks it sent", async () => {
    await queue(7);
    const { sender, sent } = jsonSender();
    const batches: string[][] = [];
    const result = await sendEmails(db, at(0), {
      sender,
      from: "Lend <no-reply@lend.example.com>",
      batchSize: 3,
      onBatch: (ids) => batches.push([...ids]),
    });
    expect(result).toEqual({ handled: 7, batches: 3 });
    expect(batches.map((b) => b.length)).toEqual([3, 3, 1]);
    // A batch's e-mails are sent at once (they may finish in any order); batches take the oldest first.
    expect(sent.map((m) => m.to).sort()).toEqual(Array.from({ length: 7 }, (_, i) => `user${i}@example.test`));
    const addressOf = new Map((await db.outboxEmail.findMany()).map((row) => [row.id, row.to]));
    expect(batches.map((batch) => batch.map((id) => addressOf.get(id)).sort())).toEqual([
      ["user0@example.test", "user1@example.test", "user2@example.test"],
      ["user3@example.test", "user4@example.test", "user5@example.test"],
      ["user6@example.test"],
    ]);
    expect(sent.find((m) => m.to === "user0@example.test")).toEqual({
      to: "user0@example.test",
      subject: "Subject 0",
      text: "Body 0\nhttps://lend.example.com/notifications",
      from: "no-reply@lend.example.com",
    });
    const rows = await db.outboxEmail.findMany();
    expect(rows.every((row) => row.sentAt?.getTime() === T0.getTime() && row.attempts === 1 && row.lastError === null)).toBe(true);
    // Nothing is left: a second run sends nothing.
    expect(await sendEmails(db, at(60_000), { sender })).toEqual({ handled: 0, batches: 0 });
    expect(sent).toHaveLength(7);
  });

  it("sends each notice as its own e-mail, composed when sent in the user's language, after the outbox's rows", async () => {
    const reader = await createUser(db, { locale: "zh-CN" });
    const english = await createUser(db, { locale: "en", role: "COMPANY" });
    await queue(1);
    await withTransaction(db, async (tx) => {
      await notify(
        tx,
        { userId: reader.id, kind: "DEPOSIT_CREDITED", params: { amountFen: "123456" }, subject: { type: "DEPOSIT", id: "d1" } },
        T0,
      );
      await notify(tx, { userId: english.id, kind: "REPAYMENT_RECORDED", params: { amountFen: "500", project: "Mill" } }, T0);
    });
    const { sender, sent } = jsonSender();
    const batches: string[][] = [];
    expect(await sendEmails(db, at(0), { sender, batchSize: 2, onBatch: (ids) => batches.push([...ids]) })).toEqual({
      handled: 3,
      batches: 2,
    });
    // The invitation-style row first, then the notices.
    expect(sent[0]?.to).toBe("user0@example.test");
    expect(sent).toHaveLength(3);
    const chinese = sent.find((m) => m.to === reader.email);
    expect(chinese?.subject).toContain("充值");
    expect(chinese?.text).toContain("¥1,234.56");
    expect(chinese?.text).toContain("/investor/transactions");
    const inEnglish = sent.find((m) => m.to === english.email);
    expect(inEnglish?.subject).toBe("Hengxin Lending: Repayment recorded");
    expect(inEnglish?.text).toContain("Mill");
    const notices = await db.notification.findMany();
    expect(notices.every((n) => n.emailSentAt?.getTime() === T0.getTime() && n.emailAttempts === 1)).toBe(true);
    expect(batches.flat().sort()).toEqual([...notices.map((n) => n.id), (await db.outboxEmail.findFirstOrThrow()).id].sort());
    // Sent once: nothing is left.
    expect(await sendEmails(db, at(60_000), { sender })).toEqual({ handled: 0, batches: 0 });
  });

  it("retries a notice's failed e-mail later, as it does an outbox row", async () => {
    const reader = await createUser(db, { locale: "en" });
    await withTransaction(db, (tx) => notify(tx, { userId: reader.id, kind: "DEPOSIT_FAILED", params: { amountFen: "100" } }, T0));
    const { sender: ok, sent } = jsonSender();
    let down = true;
    const flaky: MailSender = {
      async sendMail(message) {
        if (down) throw new Error("451 try later");
        return ok.sendMail(message);
      },
    };
    expect(await sendEmails(db, at(0), { sender: flaky })).toEqual({ handled: 0, batches: 1 });
    const failed = await db.notification.findFirstOrThrow({ where: { userId: reader.id } });
    expect(failed).toMatchObject({ emailSentAt: null, emailAttempts: 1, emailLastError: "451 try later" });
    expect(failed.emailNextAttemptAt?.getTime()).toBe(T0.getTime() + retryDelayMs(1));
    expect(await sendEmails(db, at(retryDelayMs(1) - 1), { sender: flaky })).toEqual({ handled: 0, batches: 0 });
    down = false;
    expect(await sendEmails(db, at(retryDelayMs(1)), { sender: flaky })).toEqual({ handled: 1, batches: 1 });
    expect(sent.map((m) => m.to)).toEqual([reader.email]);
    expect(await db.notification.findFirstOrThrow({ where: { userId: reader.id } })).toMatchObject({
      emailAttempts: 2,
      emailLastError: null,
      emailNextAttemptAt: null,
    });
  });

  it("keeps a failed e-mail with its error and retries it later, until the attempts run out", async () => {
    await queue(2);
    let failFor = "user1@example.test";
    const { sender: ok, sent } = jsonSender();
    const flaky: MailSender = {
      async sendMail(message) {
        if (message.to === failFor) throw new Error("421 mailbox busy");
        return ok.sendMail(message);
      },
    };
    expect(await sendEmails(db, at(0), { sender: flaky })).toEqual({ handled: 1, batches: 1 });
    const failed = await db.outboxEmail.findFirstOrThrow({ where: { to: "user1@example.test" } });
    expect(failed).toMatchObject({ sentAt: null, attempts: 1, lastError: "421 mailbox busy" });
    expect(failed.nextAttemptAt?.getTime()).toBe(T0.getTime() + retryDelayMs(1));

    // Not yet due: nothing happens.
    expect(await sendEmails(db, at(retryDelayMs(1) - 1), { sender: flaky })).toEqual({ handled: 0, batches: 0 });
    // Due again, and still failing: the next wait doubles.
    const second = retryDelayMs(1);
    await sendEmails(db, at(second), { sender: flaky });
    const again = await db.outboxEmail.findFirstOrThrow({ where: { to: "user1@example.test" } });
    expect(again.attempts).toBe(2);
    expect(again.nextAttemptAt?.getTime()).toBe(T0.getTime() + second + retryDelayMs(2));
    // The server recovers: sent on the next due run.
    failFor = "";
    expect(await sendEmails(db, at(second + retryDelayMs(2)), { sender: flaky })).toEqual({ handled: 1, batches: 1 });
    expect(sent.map((m) => m.to)).toEqual(["user0@example.test", "user1@example.test"]);
    const done = await db.outboxEmail.findFirstOrThrow({ where: { to: "user1@example.test" } });
    expect(done).toMatchObject({ attempts: 3, lastError: null, nextAttemptAt: null });

    // An e-mail that failed MAX_EMAIL_ATTEMPTS times is left alone.
    await db.outboxEmail.update({ where: { id: done.id }, data: { sentAt: null, attempts: MAX_EMAIL_ATTEMPTS, nextAttemptAt: null } });
    expect(await sendEmails(db, at(10 * 86_400_000), { sender: flaky })).toEqual({ handled: 0, batches: 0 });
  });

  it("an e-mail claimed by a worker that died is sent again only after the lease", async () => {
    await queue(1);
    await db.outboxEmail.updateMany({ data: { attempts: 1, nextAttemptAt: new Date(T0.getTime() + EMAIL_LEASE_MS) } });
    const { sender, sent } = jsonSender();
    expect(await sendEmails(db, at(EMAIL_LEASE_MS - 1), { sender })).toEqual({ handled: 0, batches: 0 });
    expect(await sendEmails(db, at(EMAIL_LEASE_MS), { sender })).toEqual({ handled: 1, batches: 1 });
    expect(sent).toHaveLength(1);
  });

  it("without SMTP_URL nothing is sent: the e-mails stay in the outbox", async () => {
    await queue(2);
    expect(smtpSender({})).toBeNull();
    expect(smtpSender({ SMTP_URL: "smtp://mail.example.com:587" })).not.toBeNull();
    expect(await sendEmails(db, at(0), { sender: null })).toEqual({ handled: 0, batches: 0 });
    expect(await db.outboxEmail.count({ where: { sentAt: null, attempts: 0 } })).toBe(2);
  });

  it("retry delays grow from one minute and stop growing at six hours", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20)).toBe(6 * 3_600_000);
  });
});
