/**
 * What kind of movement a journal entry is (JournalEntry.kind): one name per business fact, typed so
 * `postEntry` takes no other (docs/architecture.md#typed-names). The column stays text; the code is what
 * keeps it to these. Add a kind when a new money flow is built, with its words from docs/glossary.md.
 */
export const JOURNAL_ENTRY_KINDS = [
  /** 充值: a paid deposit, gateway → the user's available balance. */
  "DEPOSIT",
  /** 投资冻结: an investment placed, the investor's available → frozen. */
  "INVEST_FREEZE",
  /** 解冻: a pending investment rejected or cancelled, frozen → available. */
  "INVEST_UNFREEZE",
  /** 流标退款: a failed loan project's investments go back to the investors' available balances. */
  "REFUND",
  /** The investments of a funded loan project move into its escrow (loan:<id>:escrow). */
  "ESCROW",
  /** 放款: the loan amount leaves escrow for the company, through the gateway, less the service fee. */
  "PAYOUT",
  /** 提现冻结: a withdrawal requested, the user's available → frozen. */
  "WITHDRAWAL_FREEZE",
  /** 解冻: a withdrawal rejected or failed, frozen → available. */
  "WITHDRAWAL_UNFREEZE",
  /** 提现: a withdrawal transferred by hand (划账), frozen → gateway. */
  "WITHDRAWAL",
  /** 退票: a transferred withdrawal bounced and was marked failed, the gateway → the user's available balance. */
  "WITHDRAWAL_RETURNED",
  /** 还款: an instalment repaid, the company's available → the investors' available balances and the fees. */
  "REPAYMENT",
  /** 对账调整: a reconciliation difference corrected, platform:gateway ↔ platform:suspense (docs/domain/reconciliation.md). */
  "RECONCILIATION_CORRECTION",
] as const;

export type JournalEntryKind = (typeof JOURNAL_ENTRY_KINDS)[number];

export function isJournalEntryKind(value: unknown): value is JournalEntryKind {
  return (JOURNAL_ENTRY_KINDS as readonly unknown[]).includes(value);
}
