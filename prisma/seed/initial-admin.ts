import { checkPassword } from "@/lib/domain/identity/password-policy";
import type { Db } from "@/lib/server/db/types";
import { hashPassword } from "@/lib/server/security/passwords";

/**
 * A production database starts with one admin from INITIAL_ADMIN_EMAIL / INITIAL_ADMIN_PASSWORD, who then
 * creates the other staff accounts in /admin/staff. Does nothing when the account exists already.
 */
export async function seedInitialAdmin(db: Db, env: Record<string, string | undefined> = process.env) {
  const email = env.INITIAL_ADMIN_EMAIL?.trim().toLowerCase();
  const password = env.INITIAL_ADMIN_PASSWORD;
  if (!email || !password) return false;
  const problem = checkPassword(password, { email });
  if (problem) throw new Error(`INITIAL_ADMIN_PASSWORD is not acceptable (${problem}).`);
  await db.user.upsert({
    where: { email },
    update: {},
    create: { email, passwordHash: await hashPassword(password), role: "ADMIN", displayName: "Administrator" },
  });
  return true;
}
