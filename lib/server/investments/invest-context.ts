import type { Role } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/server/db/types";
import { getBalances } from "@/lib/server/ledger";
import { can } from "@/lib/shared/capabilities";

/** What the invest form on a (cached, shared) project page needs about this investor and this project now. */
export interface InvestContext {
  /** The investor's available balance, fen (decimal string: JSON has no bigint). */
  availableFen: string;
  /** What is left on the project right now, fen (decimal string). */
  remainingFen: string;
  /** The project's minimum investment unit, fen (decimal string). */
  minInvestmentFen: string;
  /** Verified investors may invest; the others are sent to verification. */
  verified: boolean;
}

/**
 * The investor's side of the invest form, read fresh (the page around it is cached for everyone): null when
 * the caller may not invest or the project is not public-and-fundraising (the route answers 404 then).
 */
export async function getInvestContext(db: DbOrTx, user: { id: string; role: Role }, projectId: string): Promise<InvestContext | null> {
  if (!can(user.role, "investment.place")) return null;
  const [project, balances, profile] = await Promise.all([
    db.loanProject.findFirst({
      where: { id: projectId, status: "FUNDRAISING" },
      select: { amountFen: true, fundedFen: true, minInvestmentFen: true },
    }),
    getBalances(db, user.id),
    db.investorProfile.findUnique({ where: { userId: user.id }, select: { verifiedAt: true } }),
  ]);
  if (!project) return null;
  return {
    availableFen: balances.availableFen.toString(),
    remainingFen: (project.amountFen - project.fundedFen).toString(),
    minInvestmentFen: project.minInvestmentFen.toString(),
    verified: profile?.verifiedAt != null,
  };
}
