import { createHash } from "node:crypto";
import type { AccountSpec } from "./accounts";
import { isJournalEntryKind, type JournalEntryKind } from "./entry-kinds";

export interface PostingSpec {
  account: AccountSpec;
  /** Signed integer fen: + increases the account's balance, − decreases it. Never zero. */
  amountFen: bigint;
}

export interface EntrySpec {
  /** Unique per business fact, e.g. `deposit:<depositId>:paid`; a retry with the same key posts nothing. */
  idempotencyKey: string;
  /** What kind of movement this is, one of JOURNAL_ENTRY_KINDS, e.g. "DEPOSIT", "INVEST_FREEZE". */
  kind: JournalEntryKind;
  description?: string;
  postings: PostingSpec[];
}

/** A malformed entry is a programming error, never a user's: it is not a DomainError. */
export class InvalidEntryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidEntryError";
  }
}

export function validateEntry(spec: EntrySpec): void {
  const where = `journal entry ${JSON.stringify(spec.idempotencyKey)}`;
  if (typeof spec.idempotencyKey !== "string" || spec.idempotencyKey.trim() === "") {
    throw new InvalidEntryError("A journal entry needs an idempotency key");
  }
  // The type already says so; this catches a cast or an untyped caller before an unknown kind is stored.
  if (!isJournalEntryKind(spec.kind)) throw new InvalidEntryError(`${where} has an unknown kind ${JSON.stringify(spec.kind)}`);
  if (!Array.isArray(spec.postings) || spec.postings.length < 2) {
    throw new InvalidEntryError(`${where} needs at least two postings`);
  }
  let sum = 0n;
  for (const [index, posting] of spec.postings.entries()) {
    if (!posting.account?.code) throw new InvalidEntryError(`${where}: posting ${index} has no account`);
    if (typeof posting.amountFen !== "bigint") {
      throw new InvalidEntryError(`${where}: posting ${index} amount must be a bigint number of fen`);
    }
    if (posting.amountFen === 0n) throw new InvalidEntryError(`${where}: posting ${index} has a zero amount`);
    sum += posting.amountFen;
  }
  if (sum !== 0n) throw new InvalidEntryError(`${where} is unbalanced: postings sum to ${sum} fen, not 0`);
}

/**
 * SHA-256 of the entry's kind and its postings (account code and amount), independent of posting order.
 * The description is deliberately left out: it is free text, not content.
 */
export function entryFingerprint(spec: Pick<EntrySpec, "kind" | "postings">): string {
  const postings = spec.postings
    .map((p) => [p.account.code, p.amountFen.toString()] as const)
    .sort(([codeA, amountA], [codeB, amountB]) => {
      if (codeA !== codeB) return codeA < codeB ? -1 : 1;
      const diff = BigInt(amountA) - BigInt(amountB);
      return diff < 0n ? -1 : diff > 0n ? 1 : 0;
    });
  return createHash("sha256")
    .update(JSON.stringify({ v: 1, kind: spec.kind, postings }))
    .digest("hex");
}
