export {
  type AccountSpec,
  loanEscrow,
  platformFees,
  platformGateway,
  platformSuspense,
  userAvailable,
  userFrozen,
} from "./accounts";
export { getBalances, type UserBalances } from "./balances";
export { ensureAccount } from "./ensure-account";
export { isJournalEntryKind, JOURNAL_ENTRY_KINDS, type JournalEntryKind } from "./entry-kinds";
export { type EntrySpec, entryFingerprint, InvalidEntryError, type PostingSpec } from "./entry-spec";
export { type PostedEntry, postEntry } from "./post-entry";
