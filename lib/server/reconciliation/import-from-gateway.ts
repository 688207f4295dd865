import { parseBusinessDate } from "@/lib/domain/dates";
import type { Actor } from "@/lib/domain/permissions";
import { assertCan } from "@/lib/server/auth/assert-can";
import type { DbOrTx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { GatewayUnavailableError, type PaymentGateway } from "@/lib/server/payments/gateway";
import { importStatement } from "./import-statement";
import type { ImportStatementResult } from "./types";

export interface ImportFromGatewayInput {
  /** Customer service (capability reconciliation.import). */
  actor: Actor;
  /** Business dates "YYYY-MM-DD", both included. */
  from: string;
  to: string;
}

/**
 * Fetches the gateway's JSON statement for `from` … `to` through PaymentGateway.fetchStatement (HTTP, before
 * and outside any transaction), then imports it exactly as an upload (importStatement: same idempotency by
 * content, so fetching the same period twice with nothing new changes nothing).
 * @throws DomainError FORBIDDEN, VALIDATION (dates), GATEWAY_UNAVAILABLE, and importStatement's
 */
export async function importStatementFromGateway(
  db: DbOrTx,
  gateway: PaymentGateway,
  input: ImportFromGatewayInput,
): Promise<ImportStatementResult> {
  assertCan(input.actor, "reconciliation.import");
  const from = parseBusinessDate(input.from);
  const to = parseBusinessDate(input.to);
  const fieldErrors: Record<string, string[]> = {};
  if (!from) fieldErrors.from = ["validation.date"];
  if (!to) fieldErrors.to = ["validation.date"];
  if (from && to && from > to) fieldErrors.to = ["validation.dateRange"];
  if (Object.keys(fieldErrors).length > 0 || !from || !to) throw new DomainError("VALIDATION", "statement period", fieldErrors);
  let content: string;
  try {
    content = await gateway.fetchStatement({ from, to });
  } catch (error) {
    if (error instanceof GatewayUnavailableError) throw new DomainError("GATEWAY_UNAVAILABLE", error.message);
    throw error;
  }
  return importStatement(db, { actor: input.actor, content, format: "json", fileName: `gateway-statement-${from}-${to}.json` });
}
