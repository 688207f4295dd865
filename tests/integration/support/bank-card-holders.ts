import { randomInt } from "node:crypto";
import { luhnValid } from "@/lib/domain/bank-cards";
import type { BankCard, User } from "@/lib/generated/prisma/client";
import { bindBankCard } from "@/lib/server/bank-cards";
import type { Db, DbOrTx } from "@/lib/server/db/types";
import { createCompany, createUser } from "./factories";
import { createInvestor } from "./investing";

/**
 * The people who bind bank cards and withdraw (bank-cards and withdrawals tests): verified investors (the one
 * set-up of support/investing.ts), companies of a given standing, and cards bound through the service.
 */

/** A random 19-digit number whose Luhn check digit verifies (`valid`) or fails (`valid: false`). */
export function cardNumber({ valid = true }: { valid?: boolean } = {}): string {
  const body = `622202${Array.from({ length: 12 }, () => randomInt(10)).join("")}`;
  for (let check = 0; check < 10; check++) {
    if (luhnValid(`${body}${check}`) === valid) return `${body}${check}`;
  }
  throw new Error("unreachable");
}

/** The verified real name a card's holder name must match. */
export const REAL_NAME = "张三";

/** An investor whose real-name verification is done (real name REAL_NAME unless given), with `moneyFen` available. */
export function verifiedInvestor(db: Db, realName = REAL_NAME, moneyFen = 0n): Promise<User> {
  return createInvestor(db, { realName, moneyFen });
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

/** A verified investor with `balanceFen` available and one bound card. */
export async function investorWithCard(db: Db, balanceFen: bigint) {
  const user = await verifiedInvestor(db, REAL_NAME, balanceFen);
  const card = await bindCard(db, user.id);
  return { user, card };
}
