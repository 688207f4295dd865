import { depositCreditKey } from "@/lib/domain/deposits/deposit-rules";
import type { DbOrTx } from "@/lib/server/db/types";
import { loanEscrow, userAvailable, userFrozen } from "@/lib/server/ledger";
import type { EntityRef } from "./entity-ref";

/**
 * Which journal entries belong to a record: the entries whose idempotency key names it (`keys`, exact
 * matches only, never a prefix: `invest:<id>` must not find `invest:<id>x`) and the entries posting to an
 * account that is its own (`accountCodes`, lib/server/ledger/accounts.ts). `ownAccounts` are the codes whose
 * postings are the record's own movement (summed as its net amount on the page). An unknown record selects
 * nothing.
 *
 * The keys are the ones the posting services write:
 * - project: `escrow:<id>` and `refund:<id>` (lib/server/disbursement), `payout:<outflowId>` of its payouts,
 *   `repayment:<repaymentId>` of its repayments (lib/server/repayments/apply-repayment.ts), the credit
 *   `deposit:<serial>` of its checkout repayments; and its escrow account `loan:<id>:escrow`;
 * - company: its user's wallet accounts (`user:<id>:available|frozen`: deposits, repayments, withdrawals) and
 *   the escrow accounts of its projects (escrow in, payout out);
 * - investment: `invest:<id>` (freeze) and `invest:<id>:unfreeze` (lib/server/investments/ledger-entries.ts).
 *   The project-wide ESCROW, REFUND and REPAYMENT entries post per investor, not per investment, so they are
 *   on the project's page; the investment page shows what its claims received;
 * - deposit: `deposit:<gatewaySerial>` (lib/server/deposits/apply-gateway-outcome.ts) and, for a checkout
 *   repayment, `repayment:<id>` of the repayment it paid;
 * - outflow: `payout:<id>` or `withdrawal:<id>:freeze|transfer|unfreeze|returned`
 *   (lib/server/withdrawals/withdrawal-entries.ts).
 */
export interface LedgerSelection {
  keys: string[];
  accountCodes: string[];
  ownAccounts: string[];
}

const NOTHING: LedgerSelection = { keys: [], accountCodes: [], ownAccounts: [] };

export async function ledgerSelection(db: DbOrTx, ref: EntityRef): Promise<LedgerSelection> {
  switch (ref.type) {
    case "LOAN_PROJECT": {
      const [payouts, repayments, deposits] = await Promise.all([
        db.outflow.findMany({ where: { projectId: ref.id, kind: "PAYOUT" }, select: { id: true } }),
        db.repayment.findMany({ where: { projectId: ref.id }, select: { id: true } }),
        db.deposit.findMany({
          where: { projectId: ref.id, purpose: "REPAYMENT", gatewaySerial: { not: null } },
          select: { gatewaySerial: true },
        }),
      ]);
      const escrow = loanEscrow(ref.id).code;
      return {
        keys: [
          `escrow:${ref.id}`,
          `refund:${ref.id}`,
          ...payouts.map((o) => `payout:${o.id}`),
          ...repayments.map((r) => `repayment:${r.id}`),
          ...deposits.flatMap((d) => (d.gatewaySerial ? [depositCreditKey(d.gatewaySerial)] : [])),
        ],
        accountCodes: [escrow],
        ownAccounts: [escrow],
      };
    }
    case "COMPANY": {
      const company = await db.company.findUnique({
        where: { id: ref.id },
        select: { userId: true, loanProjects: { select: { id: true } } },
      });
      if (!company) return NOTHING;
      const wallet = [userAvailable(company.userId).code, userFrozen(company.userId).code];
      return {
        keys: [],
        accountCodes: [...wallet, ...company.loanProjects.map((p) => loanEscrow(p.id).code)],
        ownAccounts: wallet,
      };
    }
    case "INVESTMENT": {
      const investment = await db.investment.findUnique({ where: { id: ref.id }, select: { investorId: true } });
      if (!investment) return NOTHING;
      return {
        keys: [`invest:${ref.id}`, `invest:${ref.id}:unfreeze`],
        accountCodes: [],
        ownAccounts: [userAvailable(investment.investorId).code, userFrozen(investment.investorId).code],
      };
    }
    case "DEPOSIT": {
      const deposit = await db.deposit.findUnique({ where: { id: ref.id }, select: { userId: true, gatewaySerial: true } });
      if (!deposit) return NOTHING;
      const repayment = await db.repayment.findUnique({ where: { depositId: ref.id }, select: { id: true } });
      return {
        keys: [
          ...(deposit.gatewaySerial ? [depositCreditKey(deposit.gatewaySerial)] : []),
          ...(repayment ? [`repayment:${repayment.id}`] : []),
        ],
        accountCodes: [],
        ownAccounts: [userAvailable(deposit.userId).code],
      };
    }
    case "OUTFLOW": {
      const outflow = await db.outflow.findUnique({ where: { id: ref.id }, select: { kind: true, userId: true, projectId: true } });
      if (!outflow) return NOTHING;
      if (outflow.kind === "PAYOUT") {
        return {
          keys: [`payout:${ref.id}`],
          accountCodes: [],
          ownAccounts: outflow.projectId ? [loanEscrow(outflow.projectId).code] : [],
        };
      }
      return {
        keys: ["freeze", "transfer", "unfreeze", "returned"].map((step) => `withdrawal:${ref.id}:${step}`),
        accountCodes: [],
        ownAccounts: [userFrozen(outflow.userId).code],
      };
    }
  }
}
