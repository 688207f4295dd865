import { type BusinessDate, businessDateOf } from "@/lib/domain/dates";
import type { ReconciliationDifferenceKind } from "@/lib/domain/machines/reconciliation-difference";

/**
 * Matching a gateway statement against the platform's movements by serial (issue 13 item 1,
 * docs/domain/reconciliation.md#matching). Pure: the server reads the platform's side in a few set-based
 * queries, calls `matchStatement`, and writes what it returns in bulk.
 */

/** One statement line as matching sees it; `occurrence` counts the same serial within the statement (0 = first). */
export interface StatementLineFact {
  lineNo: number;
  serial: string;
  occurrence: number;
  direction: "IN" | "OUT";
  amountFen: bigint;
  businessDate: BusinessDate;
  orderNo: string | null;
  reference: string | null;
}

/**
 * A platform movement with a serial: a PAID deposit (IN: gatewaySerial, amountFen, paidAt; wallet and repayment
 * checkouts alike) or a transferred outflow (OUT: externalSerial, amountFen, transferredAt; payout or withdrawal).
 */
export interface PlatformMovement {
  source: "DEPOSIT" | "OUTFLOW";
  id: string;
  serial: string;
  direction: "IN" | "OUT";
  amountFen: bigint;
  businessDate: BusinessDate;
  /** The outflow's status (TRANSFERRED is reconciled when matched); the deposit's (always PAID here). */
  status: string;
}

export interface MatchInput {
  /** Every line of the statement, in file order. */
  lines: readonly StatementLineFact[];
  /** The platform's movements whose serial is on a line (any date). */
  bySerial: ReadonlyMap<string, PlatformMovement>;
  /** The platform's movements dated within the statement's period (business dates, both ends included). */
  inPeriod: readonly PlatformMovement[];
  /** Serials of `inPeriod` already on a line of an earlier statement (matched or explained there). */
  onEarlierStatements: ReadonlySet<string>;
  /** Deposit orders named by IN lines' orderNo that exist on the platform (id = orderNo). */
  depositOrders: ReadonlySet<string>;
  /** Outflows named by OUT lines' reference that exist on the platform. */
  outflowRefs: ReadonlySet<string>;
}

/** A difference found, keyed by (kind, serial) like the table. Amounts in fen. */
export interface DifferenceFound {
  kind: ReconciliationDifferenceKind;
  serial: string;
  businessDate: BusinessDate;
  direction: "IN" | "OUT";
  statementAmountFen: bigint | null;
  platformAmountFen: bigint | null;
  depositId: string | null;
  outflowId: string | null;
  /** The line it is about: (serial, occurrence); null for MISSING_AT_GATEWAY. */
  lineOccurrence: number | null;
}

export interface MatchResult {
  /** Lines (first occurrences) whose serial is a platform movement of the same direction and amount. */
  matched: Array<{ lineNo: number; movement: PlatformMovement }>;
  differences: DifferenceFound[];
  /** Matched outflows still TRANSFERRED: they become RECONCILED. */
  toReconcile: string[];
}

const sourceOf = (direction: "IN" | "OUT") => (direction === "IN" ? "DEPOSIT" : "OUTFLOW");

/**
 * The rules, per line (first occurrence of its serial):
 * - a platform movement of the same direction has the serial: same amount → matched (an outflow still
 *   TRANSFERRED is to be reconciled); another amount → AMOUNT_MISMATCH;
 * - none → MISSING_ON_PLATFORM (e.g. a lost notification), linked to the deposit its orderNo names (IN) or the
 *   outflow its reference names (OUT: the real transfer of an outflow whose serial was mistyped);
 * a serial's later occurrences → one DUPLICATE_SERIAL (statement amount = theirs summed, second line linked);
 * a platform movement of the period whose serial is on no line of this or an earlier statement →
 * MISSING_AT_GATEWAY (e.g. a serial mistyped by customer service).
 */
export function matchStatement(input: MatchInput): MatchResult {
  const matched: MatchResult["matched"] = [];
  const differences: DifferenceFound[] = [];
  const toReconcile: string[] = [];
  const duplicates = new Map<string, DifferenceFound>();
  const serialsOnStatement = new Set<string>();

  for (const line of input.lines) {
    serialsOnStatement.add(line.serial);
    const movement = input.bySerial.get(line.serial);
    const same = movement !== undefined && movement.source === sourceOf(line.direction) ? movement : undefined;
    const link = {
      depositId: same?.source === "DEPOSIT" ? same.id : null,
      outflowId: same?.source === "OUTFLOW" ? same.id : null,
    };
    if (line.occurrence > 0) {
      const known = duplicates.get(line.serial);
      if (known) known.statementAmountFen = (known.statementAmountFen ?? 0n) + line.amountFen;
      else {
        const found: DifferenceFound = {
          kind: "DUPLICATE_SERIAL",
          serial: line.serial,
          businessDate: line.businessDate,
          direction: line.direction,
          statementAmountFen: line.amountFen,
          platformAmountFen: same?.amountFen ?? null,
          ...link,
          lineOccurrence: line.occurrence,
        };
        duplicates.set(line.serial, found);
        differences.push(found);
      }
      continue;
    }
    if (same) {
      if (same.amountFen === line.amountFen) {
        matched.push({ lineNo: line.lineNo, movement: same });
        if (same.source === "OUTFLOW" && same.status === "TRANSFERRED") toReconcile.push(same.id);
      } else {
        differences.push({
          kind: "AMOUNT_MISMATCH",
          serial: line.serial,
          businessDate: line.businessDate,
          direction: line.direction,
          statementAmountFen: line.amountFen,
          platformAmountFen: same.amountFen,
          ...link,
          lineOccurrence: 0,
        });
      }
      continue;
    }
    differences.push({
      kind: "MISSING_ON_PLATFORM",
      serial: line.serial,
      businessDate: line.businessDate,
      direction: line.direction,
      statementAmountFen: line.amountFen,
      platformAmountFen: null,
      depositId: line.direction === "IN" && line.orderNo !== null && input.depositOrders.has(line.orderNo) ? line.orderNo : null,
      outflowId: line.direction === "OUT" && line.reference !== null && input.outflowRefs.has(line.reference) ? line.reference : null,
      lineOccurrence: 0,
    });
  }

  for (const movement of input.inPeriod) {
    if (serialsOnStatement.has(movement.serial) || input.onEarlierStatements.has(movement.serial)) continue;
    differences.push({
      kind: "MISSING_AT_GATEWAY",
      serial: movement.serial,
      businessDate: movement.businessDate,
      direction: movement.direction,
      statementAmountFen: null,
      platformAmountFen: movement.amountFen,
      depositId: movement.source === "DEPOSIT" ? movement.id : null,
      outflowId: movement.source === "OUTFLOW" ? movement.id : null,
      lineOccurrence: null,
    });
  }
  return { matched, differences, toReconcile };
}

/** Numbers each line's serial within the statement: 0 for its first line, 1 for the next with the same serial… */
export function occurrences(serials: readonly string[]): number[] {
  const seen = new Map<string, number>();
  return serials.map((serial) => {
    const n = seen.get(serial) ?? 0;
    seen.set(serial, n + 1);
    return n;
  });
}

/**
 * businessDateOf for many instants: the calendar is looked up once per quarter hour (every time zone's offset
 * and every transition are whole quarter hours), so 100,000 lines cost a few hundred lookups.
 */
export function businessDatesOf(instants: readonly Date[], zone: string): BusinessDate[] {
  const quarter = 15 * 60 * 1000;
  const cache = new Map<number, BusinessDate>();
  return instants.map((instant) => {
    const key = Math.floor(instant.getTime() / quarter);
    let date = cache.get(key);
    if (date === undefined) {
      date = businessDateOf(instant, zone);
      cache.set(key, date);
    }
    return date;
  });
}

/**
 * What a POST_CORRECTION posts on platform:gateway, in fen, so the ledger says what the gateway's statement
 * says: the statement's movement minus the platform's, each signed as the ledger signs it on the gateway account
 * (money in is negative there). The counter-posting on platform:suspense is its opposite. Zero when they agree.
 */
export function gatewayCorrectionFen(difference: {
  kind: ReconciliationDifferenceKind;
  direction: "IN" | "OUT";
  statementAmountFen: bigint | null;
  platformAmountFen: bigint | null;
}): bigint {
  const sign = difference.direction === "IN" ? -1n : 1n;
  // A duplicated line: the extra occurrences are the money the statement has beyond the platform's one movement.
  const statement = difference.statementAmountFen ?? 0n;
  const platform = difference.kind === "DUPLICATE_SERIAL" ? 0n : (difference.platformAmountFen ?? 0n);
  return sign * (statement - platform);
}
