import type { InvestorRegistration } from "@/lib/schemas/accounts";
import type { Db } from "@/lib/server/db/types";
import { isUniqueViolation } from "@/lib/server/db/unique-violation";
import { DomainError } from "@/lib/server/errors";
import { hashPassword } from "@/lib/server/security/passwords";

const emailTaken = () => new DomainError("VALIDATION", "email taken", { email: ["validation.emailTaken"] });

export async function registerInvestor(db: Db, input: InvestorRegistration) {
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, passwordHash, role: "INVESTOR", displayName: input.email.split("@")[0] },
      select: { id: true, email: true, role: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}
