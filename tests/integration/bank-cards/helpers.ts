import { randomInt } from "node:crypto";
import { luhnValid } from "@/lib/domain/bank-cards";
import type { BankCard, User } from "@/lib/generated/prisma/client";
import { bindBankCard } from "@/lib/server/bank-cards";
import type { DbOrTx } from "@/lib/server/db/types";
import { createCompany, createUser } from "../support/factories";

/** A random 19-digit number whose Luhn check digit verifies (`valid`) or fails (`valid: false`). */
export function cardNumber({ valid = true }: { valid?: boolean } = {}): string {
  const body = `622202${Array.from({ length: 12 }, () => randomInt(10)).join("")}`;
  for (let check = 0; check < 10; check++) {
    if (luhnValid(`${body}${check}`) === valid) return `${body}${check}`;
  }
  throw new Error("unreachable");
}

export const REAL_NAME = "张三";

/** An investor whose real-name verification is done (real name REAL_NAME unless given). */
export async function verifiedInvestor(db: DbOrTx, realName = REAL_NAME): Promise<User> {
  const user = await createUser(db, { role: "INVESTOR" });
  await db.investorProfile.create({
    data: {
      userId: user.id,
      realName,
      idNumberCipher: "x",
      idNumberHash: `hash-${user.id}`,
      idNumberLast4: "0000",
      verifiedAt: new Date(),
    },
  });
  return user;
}

/** A company user whose company has the given standing (NORMAL by default). */
export async function companyUser(db: DbOrTx, status: "NORMAL" | "GOOD" | "WATCH" | "INVALID" = "NORMAL") {
  const user = await createUser(db, { role: "COMPANY" });
  const company = await createCompany(db, { userId: user.id, status });
  return { user, company };
}

/** Binds a fresh valid card to the user through the service; `holderName` must be their verified name. */
export function bindCard(db: DbOrTx, userId: string, holderName = REAL_NAME, number = cardNumber()): Promise<BankCard> {
  return bindBankCard(db, userId, { holderName, bankName: "招商银行", cardNumber: number, luhnConfirmed: false });
}
