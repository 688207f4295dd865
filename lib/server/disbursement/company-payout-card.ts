import type { BankCard } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/server/db/types";

/**
 * The bank card a company's payout goes to: the company user's most recently bound card that is still bound,
 * or null. A payout goes only to a bound card (issue 11 item 3).
 */
export function companyPayoutCard(db: DbOrTx, companyUserId: string): Promise<BankCard | null> {
  return db.bankCard.findFirst({
    where: { userId: companyUserId, unboundAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}
