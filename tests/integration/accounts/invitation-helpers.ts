import { expect } from "vitest";
import type { Db } from "@/lib/server/db/types";
import { activateStaffAccount } from "@/lib/server/invitations/activate";

/** The token of the newest activation link e-mailed to `email`, read from the outbox as the recipient would. */
export async function latestActivationToken(db: Db, email: string): Promise<string> {
  const mail = await db.outboxEmail.findFirst({
    where: { to: email, body: { contains: "/activate/" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const link = mail?.body.split("\n").find((line) => line.includes("/activate/"));
  const token = link ? new URL(link).pathname.split("/").pop() : undefined;
  if (!token) throw new Error(`no activation e-mail for ${email}`);
  return token;
}

/** Activates the account through its e-mailed link, as the staff member would. */
export async function activateThroughEmail(db: Db, email: string, password: string) {
  const result = await activateStaffAccount(db, { token: await latestActivationToken(db, email), password });
  expect(result).toMatchObject({ ok: true });
}
