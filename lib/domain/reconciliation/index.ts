export {
  businessDatesOf,
  type DifferenceFound,
  gatewayCorrectionFen,
  type MatchInput,
  type MatchResult,
  matchStatement,
  occurrences,
  type PlatformMovement,
  type StatementLineFact,
} from "./match";
export {
  MAX_STATEMENT_LINES,
  type ParsedLine,
  type ParsedStatement,
  parseStatement,
  STATEMENT_COLUMNS,
  type StatementFormatName,
  StatementInvalid,
  unguardCell,
} from "./parse-statement";
