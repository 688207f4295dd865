import { createHash, randomUUID } from "node:crypto";
import { type BusinessDate, businessDateOf, endOfBusinessDay, startOfBusinessDay } from "@/lib/domain/dates";
import type { Actor } from "@/lib/domain/permissions";
import {
  businessDatesOf,
  type DifferenceFound,
  type MatchInput,
  matchStatement,
  occurrences,
  type ParsedStatement,
  type PlatformMovement,
  parseStatement,
  type StatementFormatName,
  StatementInvalid,
  type StatementLineFact,
} from "@/lib/domain/reconciliation";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/auth/assert-can";
import { getBusinessTimeZone, getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { DbOrTx, Tx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { applyTransitionMany } from "@/lib/server/lifecycle";
import { countsOf, emptyCounts } from "./counts";
import { matchOpenDifferences } from "./match-open-differences";
import type { ImportStatementResult } from "./types";

export interface ImportStatementInput {
  /** Customer service (capability reconciliation.import). */
  actor: Actor;
  /** The statement's text as received (CSV: UTF-8, BOM allowed). */
  content: string;
  format: StatementFormatName;
  fileName?: string;
}

/**
 * Imports one payment-gateway statement and reconciles it (issue 13 item 1, docs/domain/reconciliation.md),
 * in ONE transaction:
 * 1. the file is parsed and every line validated first (outside the transaction): a bad line refuses the file
 *    (STATEMENT_INVALID { line, detail }), nothing is written;
 * 2. the import is keyed by the content's sha256: the same statement again (or at the same moment, on another
 *    instance: the unique index makes the second wait for the first) returns `alreadyImported: true` and
 *    changes nothing;
 * 3. the lines are stored once across statements (unique serial + occurrence, `ON CONFLICT DO NOTHING`), in one
 *    INSERT … SELECT unnest;
 * 4. the platform's movements are read in a few set-based queries, matched by `matchStatement` (pure), the
 *    differences inserted once per (kind, serial), the matched TRANSFERRED outflows moved to RECONCILED in bulk
 *    (RECONCILE, the system's event), and open differences that now agree resolved (MATCH);
 * 5. an audit row STATEMENT_IMPORTED.
 * @throws DomainError FORBIDDEN (not customer service), STATEMENT_INVALID
 */
export async function importStatement(db: DbOrTx, input: ImportStatementInput): Promise<ImportStatementResult> {
  assertCan(input.actor, "reconciliation.import");
  // The same bytes again: answered from the import that stored them, without parsing (it was valid then).
  const known = await db.statementImport.findUnique({ where: { contentHash: contentHashOf(input.content) } });
  if (known) return alreadyImported(known);
  const prepared = prepareStatement(input.content, input.format);
  return withTransaction(db, (tx) => importPrepared(tx, input, prepared), { timeout: 120_000 });
}

/** sha256 of the statement's text: its identity (StatementImport.contentHash). */
export const contentHashOf = (content: string) => createHash("sha256").update(content).digest("hex");

function alreadyImported(existing: {
  id: string;
  lineCount: number;
  matchedCount: number;
  differenceCounts: unknown;
}): ImportStatementResult {
  return {
    importId: existing.id,
    alreadyImported: true,
    lines: existing.lineCount,
    matched: existing.matchedCount,
    differences: countsOf(existing.differenceCounts),
  };
}

/** A parsed statement with what the tables need, computed once outside the transaction (it may run again). */
export interface PreparedStatement {
  statement: ParsedStatement;
  contentHash: string;
  facts: StatementLineFact[];
  fingerprints: string[];
  periodFrom: BusinessDate | null;
  periodTo: BusinessDate | null;
  totalInFen: bigint;
  totalOutFen: bigint;
}

/** Parses and validates (STATEMENT_INVALID), numbers the serials' occurrences, dates the lines. */
export function prepareStatement(content: string, format: StatementFormatName): PreparedStatement {
  let statement: ParsedStatement;
  try {
    statement = parseStatement(content, format);
  } catch (error) {
    if (error instanceof StatementInvalid) {
      throw new DomainError("STATEMENT_INVALID", error.message, {}, { line: error.line, detail: error.detail });
    }
    throw error;
  }
  const zone = getBusinessTimeZone();
  const { lines } = statement;
  const dates = businessDatesOf(
    lines.map((line) => line.occurredAt),
    zone,
  );
  const occurrence = occurrences(lines.map((line) => line.serial));
  const facts: StatementLineFact[] = lines.map((line, i) => ({
    lineNo: line.lineNo,
    serial: line.serial,
    occurrence: occurrence[i] as number,
    direction: line.direction,
    amountFen: line.amountFen,
    businessDate: dates[i] as BusinessDate,
    orderNo: line.orderNo,
    reference: line.reference,
  }));
  // What tells a re-listed line from another under the same serial: direction, amount, instant (no hashing:
  // 100,000 of them cost more than the rest of the preparation).
  const fingerprints = lines.map((line) => `${line.direction}:${line.amountFen}:${line.occurredAt.getTime()}`);

  let totalInFen = 0n;
  let totalOutFen = 0n;
  for (const line of lines) {
    if (line.direction === "IN") totalInFen += line.amountFen;
    else totalOutFen += line.amountFen;
  }
  // The period: the JSON's bounds (to is exclusive), else the first and last line's business dates.
  let periodFrom: BusinessDate | null = statement.from ? businessDateOf(statement.from, zone) : null;
  let periodTo: BusinessDate | null = statement.to ? businessDateOf(new Date(statement.to.getTime() - 1), zone) : null;
  if (dates.length > 0) {
    const sorted = [...new Set(dates)].sort();
    periodFrom ??= sorted[0] as BusinessDate;
    periodTo ??= sorted[sorted.length - 1] as BusinessDate;
  }
  if (periodFrom && periodTo && periodFrom > periodTo) periodTo = periodFrom;
  return {
    statement,
    contentHash: contentHashOf(content),
    facts,
    fingerprints,
    periodFrom,
    periodTo,
    totalInFen,
    totalOutFen,
  };
}

async function importPrepared(tx: Tx, input: ImportStatementInput, prepared: PreparedStatement): Promise<ImportStatementResult> {
  const now = getClock().now();
  const zone = getBusinessTimeZone();
  const { statement, facts } = prepared;
  const importId = randomUUID();

  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "StatementImport" ("id", "format", "fileName", "contentHash", "periodFrom", "periodTo", "lineCount",
      "newLineCount", "matchedCount", "differenceCounts", "totalInFen", "totalOutFen", "openingBalanceFen",
      "closingBalanceFen", "importedById", "createdAt")
    VALUES (${importId}, ${input.format.toUpperCase()}::"StatementFormat", ${input.fileName?.slice(0, 255) ?? null},
      ${prepared.contentHash}, ${prepared.periodFrom}::date, ${prepared.periodTo}::date, ${facts.length}, 0, 0,
      ${JSON.stringify(emptyCounts())}::jsonb, ${prepared.totalInFen}, ${prepared.totalOutFen},
      ${statement.openingBalanceFen}::bigint, ${statement.closingBalanceFen}::bigint, ${input.actor.id}, ${now})
    ON CONFLICT ("contentHash") DO NOTHING
    RETURNING "id"`;
  if (inserted.length === 0) {
    // Imported meanwhile (another request, another instance): the unique index made this one wait for it.
    return alreadyImported(await tx.statementImport.findUniqueOrThrow({ where: { contentHash: prepared.contentHash } }));
  }

  const newLines = await insertLines(tx, importId, prepared);
  const platform = await readPlatformSide(tx, prepared, zone);
  const result = matchStatement({ lines: facts, ...platform });
  await insertDifferences(tx, importId, result.differences, now);
  if (result.toReconcile.length > 0) {
    // Locked and read again: another statement listing the same transfers (imported at the same moment) may have
    // reconciled some, or a supervisor failed one; those are left as they are.
    const still = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Outflow" WHERE "id" = ANY(string_to_array(${packed(result.toReconcile)}, ${SEP})) AND "status" = 'TRANSFERRED'
       ORDER BY "id" FOR UPDATE`;
    const ids = still.map((row) => row.id);
    if (ids.length > 0)
      await applyTransitionMany(tx, { entity: "OUTFLOW", ids, from: "TRANSFERRED", event: "RECONCILE", actor: null, now });
  }
  await matchOpenDifferences(tx, now);

  const differences = emptyCounts();
  for (const difference of result.differences) differences[difference.kind] += 1;
  await tx.statementImport.update({
    where: { id: importId },
    data: { newLineCount: newLines, matchedCount: result.matched.length, differenceCounts: differences },
  });
  await writeAudit(tx, {
    actorId: input.actor.id,
    action: "STATEMENT_IMPORTED",
    targetType: "STATEMENT_IMPORT",
    targetId: importId,
    data: {
      fileName: input.fileName ?? null,
      format: input.format,
      periodFrom: prepared.periodFrom,
      periodTo: prepared.periodTo,
      lines: facts.length,
      newLines,
      matched: result.matched.length,
      reconciled: result.toReconcile.length,
      differences,
    },
  });
  return { importId, alreadyImported: false, lines: facts.length, matched: result.matched.length, differences };
}

/**
 * Many values in one text parameter, split by the database (`string_to_array`): 100,000-element arrays bound
 * as parameters cost seconds in the driver; one string per column costs milliseconds. The separator is a
 * control character, which no validated statement field contains; null travels as the empty string (NULLIF).
 */
const SEP = "\u001f";
const packed = (values: readonly (string | number | bigint | null)[]) =>
  values.map((value) => (value === null ? "" : String(value))).join(SEP);

/**
 * One INSERT … SELECT unnest of every line; lines an earlier statement stored are skipped. Returns how many were
 * new. Exported for the benchmark's baseline (bench/reconciliation: parse + store the lines alone).
 */
export async function insertLines(tx: Tx, importId: string, prepared: PreparedStatement): Promise<number> {
  const { statement, facts, fingerprints } = prepared;
  const lines = statement.lines;
  if (lines.length === 0) return 0;
  const column = (values: readonly (string | number | bigint | null)[]) => packed(values);
  return tx.$executeRaw`
    INSERT INTO "StatementLine" ("importId", "lineNo", "serial", "occurrence", "direction", "amountFen", "occurredAt",
      "businessDate", "orderNo", "reference", "counterparty", "cardNumber", "balanceFen", "fingerprint")
    SELECT ${importId}, u."lineNo"::int, u."serial", u."occurrence"::int, u."direction"::"StatementDirection",
      u."amountFen"::bigint, to_timestamp(u."occurredAt"::bigint / 1000.0) AT TIME ZONE 'UTC', u."businessDate"::date,
      NULLIF(u."orderNo", ''), NULLIF(u."reference", ''), NULLIF(u."counterparty", ''), NULLIF(u."cardNumber", ''),
      NULLIF(u."balanceFen", '')::bigint, u."fingerprint"
    FROM unnest(
      string_to_array(${column(facts.map((f) => f.lineNo))}, ${SEP}),
      string_to_array(${column(facts.map((f) => f.serial))}, ${SEP}),
      string_to_array(${column(facts.map((f) => f.occurrence))}, ${SEP}),
      string_to_array(${column(facts.map((f) => f.direction))}, ${SEP}),
      string_to_array(${column(facts.map((f) => f.amountFen))}, ${SEP}),
      string_to_array(${column(lines.map((l) => l.occurredAt.getTime()))}, ${SEP}),
      string_to_array(${column(facts.map((f) => f.businessDate))}, ${SEP}),
      string_to_array(${column(lines.map((l) => l.orderNo))}, ${SEP}),
      string_to_array(${column(lines.map((l) => l.reference))}, ${SEP}),
      string_to_array(${column(lines.map((l) => l.counterparty))}, ${SEP}),
      string_to_array(${column(lines.map((l) => l.cardNumber))}, ${SEP}),
      string_to_array(${column(lines.map((l) => l.balanceFen))}, ${SEP}),
      string_to_array(${column(fingerprints)}, ${SEP})
    ) AS u("lineNo", "serial", "occurrence", "direction", "amountFen", "occurredAt", "businessDate", "orderNo", "reference",
      "counterparty", "cardNumber", "balanceFen", "fingerprint")
    ON CONFLICT ("serial", "occurrence") DO NOTHING`;
}

type MovementRow = { source: "DEPOSIT" | "OUTFLOW"; id: string; serial: string; amountFen: bigint; at: Date | null; status: string };

/** Separates packed rows (fields are separated by SEP). */
const RS = "\u001e";

/**
 * The platform's side of the match, in three set-based reads: the movements the statement's serials name
 * (packed into one text: 100,000 rows through the driver one by one cost seconds), the movements of the period
 * on no statement line at all (the lines were stored just before), and the orders and outflows named by lines
 * that matched nothing.
 */
async function readPlatformSide(tx: Tx, prepared: PreparedStatement, zone: string): Promise<Omit<MatchInput, "lines">> {
  const { facts } = prepared;
  const serials = packed([...new Set(facts.map((f) => f.serial))]);
  const [all] = await tx.$queryRaw<{ rows: string | null }[]>`
    SELECT string_agg(m."row", ${RS}) AS "rows" FROM (
      SELECT concat_ws(${SEP}, 'DEPOSIT', d."id", d."gatewaySerial", d."amountFen", (extract(epoch FROM d."paidAt") * 1000)::bigint, d."status") AS "row"
        FROM "Deposit" d WHERE d."gatewaySerial" = ANY(string_to_array(${serials}, ${SEP}))
      UNION ALL
      SELECT concat_ws(${SEP}, 'OUTFLOW', o."id", o."externalSerial", o."amountFen", (extract(epoch FROM o."transferredAt") * 1000)::bigint, o."status")
        FROM "Outflow" o WHERE o."externalSerial" = ANY(string_to_array(${serials}, ${SEP}))
    ) m`;
  const rows: MovementRow[] = (all?.rows ? all.rows.split(RS) : []).map((row) => {
    const [source, id, serial, amountFen, at, status] = row.split(SEP) as [MovementRow["source"], string, string, string, string, string];
    return { source, id, serial, amountFen: BigInt(amountFen), at: at ? new Date(Number(at)) : null, status };
  });
  const bySerial = new Map<string, PlatformMovement>();
  for (const movement of toMovements(rows, zone)) bySerial.set(movement.serial, movement);

  let inPeriod: PlatformMovement[] = [];
  if (prepared.periodFrom && prepared.periodTo) {
    const start = startOfBusinessDay(prepared.periodFrom, zone);
    const end = endOfBusinessDay(prepared.periodTo, zone);
    const periodRows = await tx.$queryRaw<MovementRow[]>`
      SELECT 'DEPOSIT' AS "source", d."id", d."gatewaySerial" AS "serial", d."amountFen", d."paidAt" AS "at", d."status"::text AS "status"
        FROM "Deposit" d
       WHERE d."status" = 'PAID' AND d."gatewaySerial" IS NOT NULL AND d."paidAt" >= ${start} AND d."paidAt" < ${end}
         AND NOT EXISTS (SELECT 1 FROM "StatementLine" l WHERE l."serial" = d."gatewaySerial")
      UNION ALL
      SELECT 'OUTFLOW', o."id", o."externalSerial", o."amountFen", o."transferredAt", o."status"::text
        FROM "Outflow" o
       WHERE o."status" IN ('TRANSFERRED', 'RECONCILED') AND o."externalSerial" IS NOT NULL
         AND o."transferredAt" >= ${start} AND o."transferredAt" < ${end}
         AND NOT EXISTS (SELECT 1 FROM "StatementLine" l WHERE l."serial" = o."externalSerial")`;
    inPeriod = toMovements(periodRows, zone);
  }

  const unmatched = facts.filter((f) => !bySerial.has(f.serial));
  const orderNos = [...new Set(unmatched.filter((f) => f.direction === "IN" && f.orderNo !== null).map((f) => f.orderNo as string))];
  const references = [...new Set(unmatched.filter((f) => f.direction === "OUT" && f.reference !== null).map((f) => f.reference as string))];
  const orders = orderNos.length === 0 ? [] : await tx.deposit.findMany({ where: { id: { in: orderNos } }, select: { id: true } });
  const outflows = references.length === 0 ? [] : await tx.outflow.findMany({ where: { id: { in: references } }, select: { id: true } });
  return {
    bySerial,
    inPeriod,
    // Already excluded by the period's query: a movement on any stored line is not missing at the gateway.
    onEarlierStatements: new Set(),
    depositOrders: new Set(orders.map((row) => row.id)),
    outflowRefs: new Set(outflows.map((row) => row.id)),
  };
}

function toMovements(rows: readonly MovementRow[], zone: string): PlatformMovement[] {
  // A movement without its date (a deposit PAID before paidAt was kept) is dated by the epoch: never in a period.
  const dates = businessDatesOf(
    rows.map((row) => row.at ?? new Date(0)),
    zone,
  );
  return rows.map((row, i) => ({
    source: row.source,
    id: row.id,
    serial: row.serial,
    direction: row.source === "DEPOSIT" ? "IN" : "OUT",
    amountFen: BigInt(row.amountFen),
    businessDate: dates[i] as BusinessDate,
    status: row.status,
  }));
}

/** One INSERT … SELECT unnest; a (kind, serial) already known keeps its row (and its status). */
async function insertDifferences(tx: Tx, importId: string, differences: readonly DifferenceFound[], now: Date): Promise<void> {
  if (differences.length === 0) return;
  const d = differences;
  await tx.$executeRaw`
    INSERT INTO "ReconciliationDifference" ("id", "kind", "serial", "businessDate", "direction", "statementAmountFen",
      "platformAmountFen", "depositId", "outflowId", "lineId", "importId", "createdAt", "updatedAt")
    SELECT 'rd_' || md5(u."kind" || ':' || u."serial"), u."kind"::"ReconciliationDifferenceKind", u."serial", u."businessDate"::date,
      u."direction"::"StatementDirection", u."statementAmountFen"::bigint, u."platformAmountFen"::bigint, u."depositId",
      u."outflowId", l."id", ${importId}, ${now}, ${now}
    FROM unnest(
      ${d.map((x) => x.kind)}::text[], ${d.map((x) => x.serial)}::text[], ${d.map((x) => x.businessDate)}::text[],
      ${d.map((x) => x.direction)}::text[], ${d.map((x) => x.statementAmountFen?.toString() ?? null)}::text[],
      ${d.map((x) => x.platformAmountFen?.toString() ?? null)}::text[], ${d.map((x) => x.depositId)}::text[],
      ${d.map((x) => x.outflowId)}::text[], ${d.map((x) => x.lineOccurrence)}::int[]
    ) AS u("kind", "serial", "businessDate", "direction", "statementAmountFen", "platformAmountFen", "depositId", "outflowId", "occurrence")
    LEFT JOIN "StatementLine" l ON l."serial" = u."serial" AND l."occurrence" = u."occurrence"
    ON CONFLICT ("kind", "serial") DO NOTHING`;
}
