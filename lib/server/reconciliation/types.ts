import type { ReconciliationDifferenceKind, ReconciliationResolutionType } from "@/lib/domain/machines/reconciliation-difference";
import type { StatementFormatName } from "@/lib/domain/reconciliation";
import type { Page } from "@/lib/shared/pagination";

export type { ReconciliationDifferenceKind, ReconciliationResolutionType, StatementFormatName };

/** How many differences of each kind (every kind present, 0 when none). */
export type DifferenceCounts = Record<ReconciliationDifferenceKind, number>;

/** What importStatement did. */
export interface ImportStatementResult {
  importId: string;
  /** True when this very statement (same bytes) was imported before: nothing was changed. */
  alreadyImported: boolean;
  /** Lines in the statement. */
  lines: number;
  /** Lines that matched a platform movement by serial with the same amount. */
  matched: number;
  /** The differences this statement shows, per kind (new or already known). */
  differences: DifferenceCounts;
}

/** One import in the list (newest first). Amounts in fen; dates are business dates "YYYY-MM-DD". */
export interface StatementImportSummary {
  id: string;
  format: "CSV" | "JSON";
  fileName: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  lineCount: number;
  newLineCount: number;
  matchedCount: number;
  differences: DifferenceCounts;
  totalInFen: bigint;
  totalOutFen: bigint;
  openingBalanceFen: bigint | null;
  closingBalanceFen: bigint | null;
  importedBy: { id: string; displayName: string | null };
  createdAt: Date;
}

export interface StatementLineView {
  id: string;
  lineNo: number;
  serial: string;
  occurrence: number;
  direction: "IN" | "OUT";
  amountFen: bigint;
  occurredAt: Date;
  businessDate: string;
  orderNo: string | null;
  reference: string | null;
  counterparty: string | null;
  /** Masked: only the last four digits. */
  cardLast4: string | null;
  balanceFen: bigint | null;
}

/** An import with the lines it stored (paged) and the differences it first showed. */
export interface StatementImportDetail extends StatementImportSummary {
  lines: Page<StatementLineView>;
  differencesFound: DifferenceView[];
}

/** A difference in a list. */
export interface DifferenceView {
  id: string;
  kind: ReconciliationDifferenceKind;
  status: "OPEN" | "RESOLVED";
  serial: string;
  businessDate: string;
  direction: "IN" | "OUT";
  statementAmountFen: bigint | null;
  platformAmountFen: bigint | null;
  depositId: string | null;
  outflowId: string | null;
  resolution: "MATCHED" | ReconciliationResolutionType | null;
  note: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
  /** The PENDING review request on it, if any (one at a time is what the pages offer). */
  pendingRequest: { id: string; action: ReconciliationResolutionType; makerId: string; createdAt: Date } | null;
}

/** One difference with what it is about. */
export interface DifferenceDetail extends DifferenceView {
  /** The statement line(s) with this serial (two or more for DUPLICATE_SERIAL). */
  lines: StatementLineView[];
  deposit: {
    id: string;
    userId: string;
    status: string;
    purpose: string;
    amountFen: bigint;
    gatewaySerial: string | null;
    paidAt: Date | null;
    createdAt: Date;
  } | null;
  outflow: {
    id: string;
    kind: string;
    userId: string;
    status: string;
    amountFen: bigint;
    externalSerial: string | null;
    transferredAt: Date | null;
  } | null;
  /** The other difference of a mistyped serial (MISSING_AT_GATEWAY ↔ MISSING_ON_PLATFORM of one outflow). */
  paired: { id: string; kind: ReconciliationDifferenceKind; serial: string; status: "OPEN" | "RESOLVED" } | null;
  /** Resolutions the machine allows now (before roles: the page filters by the viewer with offeredEvents). */
  possibleResolutions: ReconciliationResolutionType[];
  /** What a POST_CORRECTION would post on platform:gateway (negative: the gateway holds more), in fen. */
  correctionFen: bigint;
  requests: Array<{
    id: string;
    action: string;
    status: string;
    reason: string;
    makerId: string;
    checkerId: string | null;
    createdAt: Date;
    decidedAt: Date | null;
  }>;
}

/** The daily report of one business day. Amounts in fen. */
export interface DailyReport {
  businessDate: string;
  statement: { inFen: bigint; outFen: bigint; inCount: number; outCount: number; lines: number };
  platform: { inFen: bigint; outFen: bigint; inCount: number; outCount: number };
  /** Lines of the day matched, and the differences dated that day per kind (any status), and how many are open. */
  counts: { matched: number; differences: DifferenceCounts; open: number };
  /**
   * The money the platform says it holds at the gateway at the end of the day (minus the platform:gateway
   * account's balance from its postings until then), the statement's closing balance that day (null when no
   * statement of that day gave balances), and statement − platform (null likewise).
   */
  balance: { platformFen: bigint; statementClosingFen: bigint | null; differenceFen: bigint | null };
  /** Whether any statement line of that day was imported. */
  imported: boolean;
}
