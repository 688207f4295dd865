import { randomUUID } from "node:crypto";
import { businessDateOf } from "@/lib/domain/dates";
import type { InvestmentStatus } from "@/lib/generated/prisma/enums";
import { type Clock, getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { postEntry } from "@/lib/server/ledger";
import { applyTransition } from "@/lib/server/lifecycle";
import { notifyInvestment, notifyProjectCompany } from "@/lib/server/notifications/events";
import { eligibilityRefusal } from "./investor-eligibility";
import { investFreeze } from "./ledger-entries";
import { projectRefusal } from "./project-refusal";
import { readPlacementFacts } from "./read-placement-facts";
import { reserveOnProject } from "./reserve-amount";

export interface PlaceInvestmentInput {
  investorId: string;
  projectId: string;
  /** Fen, > 0. */
  amountFen: bigint;
  /** The investor ticked the risk notice (风险提示) checkbox. */
  riskNoticeAccepted: boolean;
}

export interface PlacedInvestment {
  id: string;
  status: InvestmentStatus;
  amountFen: bigint;
  /** What is left on the project after this investment, fen. */
  remainingFen: bigint;
  /** This investment completed the amount: the project moved to FULLY_FUNDED (FILL) with it. */
  filled: boolean;
}

/**
 * An investor invests (投标) in a FUNDRAISING project, issue 11 item 4.
 *
 * Checked first, for clear answers: the risk notice (VALIDATION on riskNotice), the investor (NOT_VERIFIED,
 * UNDERAGE), the project and amount (projectRefusal: FULLY_SUBSCRIBED, FUNDRAISING_CLOSED, ONLY_REMAINING,
 * VALIDATION on amount), the available balance (INSUFFICIENT_FUNDS). Those reads only explain; the transaction
 * decides: the investment row (PENDING), INVEST_FREEZE (available → frozen; insufficient funds aborts
 * everything), then the conditional UPDATE that reserves the amount on the project, last, so the hot row is
 * locked only from there to the commit. The investment that makes fundedFen equal amountFen fires the
 * project's FILL (actor the system) in the same transaction, so exactly one does. With the setting
 * investments.autoConfirm the investment is CONFIRMED in the same transaction too (actor the system).
 * The caller invalidates the public listing after the commit.
 */
export async function placeInvestment(
  db: Db,
  input: PlaceInvestmentInput,
  { clock = getClock() }: { clock?: Clock } = {},
): Promise<PlacedInvestment> {
  const { investorId, projectId, amountFen } = input;
  if (!input.riskNoticeAccepted) {
    throw new DomainError("VALIDATION", "The risk notice was not accepted", { riskNotice: ["validation.riskNoticeRequired"] });
  }
  const now = clock.now();
  const facts = await readPlacementFacts(db, investorId, projectId);
  const refusal =
    eligibilityRefusal(facts.profile, facts.identityRules, businessDateOf(now, clock.zone)) ??
    (facts.project ? projectRefusal(facts.project, amountFen, now) : new DomainError("NOT_FOUND", `Loan project ${projectId} not found`));
  if (refusal) throw refusal;
  if (facts.availableFen < amountFen) throw new DomainError("INSUFFICIENT_FUNDS", "Not enough available funds");
  const { settings } = facts;

  const id = randomUUID();
  return withTransaction(db, async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "Investment" ("id", "projectId", "investorId", "amountFen", "status", "riskNoticeAcceptedAt", "createdAt", "updatedAt")
      VALUES (${id}, ${projectId}, ${investorId}, ${amountFen}::bigint, 'PENDING', ${now}, ${now}, ${now})`;
    await postEntry(tx, investFreeze(id, investorId, amountFen));
    // Before the reservation: the notices must not lengthen the hot project row's lock.
    await notifyInvestment(tx, id, settings.autoConfirm ? "INVESTMENT_CONFIRMED" : "INVESTMENT_PLACED", now);
    const reserved = await reserveOnProject(tx, projectId, amountFen, now);
    const filled = reserved.fundedFen === reserved.amountFen;
    if (filled) await applyTransition(tx, { entity: "LOAN_PROJECT", id: projectId, event: "FILL", actor: null });
    if (filled) await notifyProjectCompany(tx, projectId, "PROJECT_FULLY_FUNDED", now);
    let status: InvestmentStatus = "PENDING";
    if (settings.autoConfirm) {
      await applyTransition(tx, { entity: "INVESTMENT", id, event: "CONFIRM", actor: null, data: { decidedAt: now } });
      status = "CONFIRMED";
    }
    return { id, status, amountFen, remainingFen: reserved.amountFen - reserved.fundedFen, filled };
  });
}
