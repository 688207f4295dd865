import { companyMayBorrow } from "@/lib/domain/machines/company";
import type { Role } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/shared/capabilities";

/**
 * What decides whether a user may bind a bank card (银行卡): an investor once verified (实名认证, the card's
 * holder is the verified real name), a company once verified and in good standing (NORMAL or GOOD, as for
 * borrowing: the card's holder is the company name). `investorVerified` and `companyStatus` are the user's
 * own facts (null when the profile does not exist).
 */
export interface BankCardOwnerFacts {
  role: Role;
  investorVerified?: boolean;
  companyStatus?: string | null;
}

export function mayBindBankCard(facts: BankCardOwnerFacts): boolean {
  if (!can(facts.role, "bankCard.manage")) return false;
  if (facts.role === "INVESTOR") return facts.investorVerified === true;
  return typeof facts.companyStatus === "string" && companyMayBorrow(facts.companyStatus as never);
}
