/**
 * Reconciliation (对账), issue 13 item 1: docs/domain/reconciliation.md (the API is listed at its top).
 * The approval handlers (./resolution-approval.ts) are not re-exported: lib/server/lifecycle lists them.
 */
export { countOpenDifferences, type OpenDifferences } from "./count-open-differences";
export { type ImportFromGatewayInput, importStatementFromGateway } from "./import-from-gateway";
export { type ImportStatementInput, importStatement } from "./import-statement";
export { type ListDifferencesFilter, listDifferences } from "./list-differences";
export { listStatementImports } from "./list-statement-imports";
export { readDailyReport } from "./read-daily-report";
export { readDifference } from "./read-difference";
export { readStatementImport } from "./read-statement-import";
export { type RequestResolutionInput, requestResolution } from "./request-resolution";
export type {
  DailyReport,
  DifferenceCounts,
  DifferenceDetail,
  DifferenceView,
  ImportStatementResult,
  ReconciliationDifferenceKind,
  ReconciliationResolutionType,
  StatementFormatName,
  StatementImportDetail,
  StatementImportSummary,
  StatementLineView,
} from "./types";
