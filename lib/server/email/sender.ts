import nodemailer from "nodemailer";

/** What the send-emails job needs of a mail transport: nodemailer's sendMail (SMTP, or a stream/json transport in tests). */
export interface MailSender {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

/** Whether e-mails leave the machine: only when SMTP_URL is set (e.g. smtps://user:pass@smtp.example.com:465). */
export function smtpConfigured(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.SMTP_URL?.trim());
}

/** The From: of every e-mail (SMTP_FROM, e.g. "Hengxin Lending <no-reply@lend.example.com>"). */
export function mailFrom(env: Record<string, string | undefined> = process.env): string {
  return env.SMTP_FROM?.trim() || "Hengxin Lending <no-reply@localhost>";
}

/**
 * The SMTP sender for SMTP_URL (nodemailer's connection URL: smtp:// or smtps://, user and password in it),
 * or null when it is not set: then nothing is sent, and administrators read the outbox at /admin/outbox
 * outside a production deployment (docs/notifications.md).
 */
export function smtpSender(env: Record<string, string | undefined> = process.env): MailSender | null {
  const url = env.SMTP_URL?.trim();
  return url ? nodemailer.createTransport(url) : null;
}
