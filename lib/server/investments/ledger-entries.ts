import { type EntrySpec, userAvailable, userFrozen } from "@/lib/server/ledger";

/** An investment's funds frozen when it is placed: available −X, frozen +X; once per investment. */
export const investFreeze = (investmentId: string, investorId: string, amountFen: bigint): EntrySpec => ({
  idempotencyKey: `invest:${investmentId}`,
  kind: "INVEST_FREEZE",
  postings: [
    { account: userAvailable(investorId), amountFen: -amountFen },
    { account: userFrozen(investorId), amountFen },
  ],
});

/** The same funds given back when the investment is cancelled or rejected (an investment ends only one way). */
export const investUnfreeze = (investmentId: string, investorId: string, amountFen: bigint): EntrySpec => ({
  idempotencyKey: `invest:${investmentId}:unfreeze`,
  kind: "INVEST_UNFREEZE",
  postings: [
    { account: userFrozen(investorId), amountFen: -amountFen },
    { account: userAvailable(investorId), amountFen },
  ],
});
