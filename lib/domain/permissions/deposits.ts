import { eventTypesFrom } from "@/lib/domain/machines/apply-event";
import { machines } from "@/lib/domain/machines/catalogue";
import { can } from "@/lib/shared/capabilities";
import type { Actor } from "./actor";

/** What decides whether a user may deposit, read by the deposit service and the deposit pages alike. */
export interface DepositorFacts {
  /** The investor's real-name verification (实名认证) time; null when not verified. */
  investorVerifiedAt?: Date | null;
  /** The company's status; undefined for a user without a company. */
  companyStatus?: string;
}

/**
 * Verified investors and verified companies deposit (the "deposit.create" capability). A company is verified
 * once ACTIVATE no longer leaves its status (企业认证 done): a company on watch or blacklisted still deposits,
 * because its wallet is where its repayments come from.
 */
export function mayDeposit(actor: Pick<Actor, "role">, facts: DepositorFacts): boolean {
  if (!can(actor.role, "deposit.create")) return false;
  if (actor.role === "INVESTOR") return facts.investorVerifiedAt instanceof Date;
  if (actor.role === "COMPANY") {
    return facts.companyStatus !== undefined && !eventTypesFrom(machines.COMPANY.machine, facts.companyStatus).includes("ACTIVATE");
  }
  return false;
}

/** A deposit the gateway may still pay (PAY still leaves its status): the page offers "check status" for it. */
export function depositAwaitsPayment(row: { status: string }): boolean {
  return eventTypesFrom(machines.DEPOSIT.machine, row.status).includes("PAY");
}
