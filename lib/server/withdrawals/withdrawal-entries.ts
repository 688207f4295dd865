import type { EntrySpec } from "@/lib/server/ledger";
import { platformGateway, userAvailable, userFrozen } from "@/lib/server/ledger";

/**
 * The journal entries of one withdrawal (提现), each keyed by the outflow and the fact, so a retry of any step
 * can never post twice: freeze when asked, out through the gateway when transferred, back to the available
 * balance when rejected or failed before the transfer, back from the gateway when a transfer bounced.
 */
interface WithdrawalFacts {
  id: string;
  userId: string;
  amountFen: bigint;
}

export const withdrawalFreezeEntry = (w: WithdrawalFacts): EntrySpec => ({
  idempotencyKey: `withdrawal:${w.id}:freeze`,
  kind: "WITHDRAWAL_FREEZE",
  description: `Withdrawal ${w.id} requested`,
  postings: [
    { account: userAvailable(w.userId), amountFen: -w.amountFen },
    { account: userFrozen(w.userId), amountFen: w.amountFen },
  ],
});

export const withdrawalTransferEntry = (w: WithdrawalFacts): EntrySpec => ({
  idempotencyKey: `withdrawal:${w.id}:transfer`,
  kind: "WITHDRAWAL",
  description: `Withdrawal ${w.id} transferred`,
  postings: [
    { account: userFrozen(w.userId), amountFen: -w.amountFen },
    { account: platformGateway(), amountFen: w.amountFen },
  ],
});

export const withdrawalUnfreezeEntry = (w: WithdrawalFacts): EntrySpec => ({
  idempotencyKey: `withdrawal:${w.id}:unfreeze`,
  kind: "WITHDRAWAL_UNFREEZE",
  description: `Withdrawal ${w.id} released`,
  postings: [
    { account: userFrozen(w.userId), amountFen: -w.amountFen },
    { account: userAvailable(w.userId), amountFen: w.amountFen },
  ],
});

export const withdrawalReturnedEntry = (w: WithdrawalFacts): EntrySpec => ({
  idempotencyKey: `withdrawal:${w.id}:returned`,
  kind: "WITHDRAWAL_RETURNED",
  description: `Withdrawal ${w.id} bounced after its transfer`,
  postings: [
    { account: platformGateway(), amountFen: -w.amountFen },
    { account: userAvailable(w.userId), amountFen: w.amountFen },
  ],
});
