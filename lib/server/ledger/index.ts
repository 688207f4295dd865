export {
  type AccountSpec,
  loanEscrow,
  platformFees,
  platformGateway,
  userAvailable,
  userFrozen,
} from "./accounts";
export { type UserBalances, getBalances } from "./balances";
export { ensureAccount } from "./ensure-account";
export { type EntrySpec, InvalidEntryError, type PostingSpec, entryFingerprint } from "./entry-spec";
export { type PostedEntry, postEntry } from "./post-entry";
