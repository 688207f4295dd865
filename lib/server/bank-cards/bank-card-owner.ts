import { type BankCardOwnerFacts, mayBindBankCard } from "@/lib/domain/permissions";
import type { DbOrTx } from "@/lib/server/db/types";
import { DomainError, notFound } from "@/lib/server/errors";

export interface BankCardOwner extends BankCardOwnerFacts {
  userId: string;
  /** The name a card must be held in: the investor's verified real name or the company's name; null if none yet. */
  verifiedName: string | null;
}

/** The user's facts for binding a card (role, verification, company standing, the name the card must carry). */
export async function loadBankCardOwner(db: DbOrTx, userId: string): Promise<BankCardOwner> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      role: true,
      investorProfile: { select: { realName: true, verifiedAt: true } },
      company: { select: { name: true, status: true } },
    },
  });
  if (!user) throw notFound();
  const investorVerified = user.investorProfile?.verifiedAt instanceof Date;
  return {
    userId,
    role: user.role,
    investorVerified,
    companyStatus: user.company?.status ?? null,
    verifiedName: user.company?.name ?? (investorVerified ? (user.investorProfile?.realName ?? null) : null),
  };
}

/** BANK_CARD_NOT_ELIGIBLE unless the user may bind cards now (lib/domain/permissions/bank-cards.ts). */
export function assertMayBindBankCard(owner: BankCardOwner): asserts owner is BankCardOwner & { verifiedName: string } {
  if (!mayBindBankCard(owner) || owner.verifiedName === null) {
    throw new DomainError("BANK_CARD_NOT_ELIGIBLE", `user ${owner.userId} may not bind bank cards yet`);
  }
}
