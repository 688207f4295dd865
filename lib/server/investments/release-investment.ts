import type { Investment } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/types";
import { postEntry } from "@/lib/server/ledger";
import { applyTransition } from "@/lib/server/lifecycle";
import { investUnfreeze } from "./ledger-entries";
import { releaseOnProject } from "./reserve-amount";

/**
 * What ends a PENDING investment without money leaving (cancel, reject), in the caller's transaction after the
 * investment's own transition: INVEST_UNFREEZE (frozen → available), the amount given back to the project
 * and, when that reopens a FULLY_FUNDED project whose fundraising deadline is still ahead of `now`, its
 * REOPEN (actor the system). Returns whether the project reopened. Locks in the order placing takes them
 * (the investor's accounts, then the project), so the two cannot deadlock.
 */
export async function releaseInvestment(tx: Tx, investment: Pick<Investment, "id" | "investorId" | "projectId" | "amountFen">, now: Date) {
  await postEntry(tx, investUnfreeze(investment.id, investment.investorId, investment.amountFen));
  const project = await releaseOnProject(tx, investment.projectId, investment.amountFen, now);
  const deadlineAhead = project.fundraisingDeadline !== null && now.getTime() < project.fundraisingDeadline.getTime();
  if (project.status !== "FULLY_FUNDED" || !deadlineAhead) return { reopened: false };
  await applyTransition(tx, { entity: "LOAN_PROJECT", id: investment.projectId, event: "REOPEN", actor: null });
  return { reopened: true };
}
