export { fenToYuanString, formatMoney, type MoneyLocale } from "./format-money";
export { foldFullWidth, MAX_NUMBER_INPUT_LENGTH } from "./normalize-input";
export {
  DEFAULT_MAX_FEN,
  type ParseMoneyErrorCode,
  type ParseMoneyOptions,
  type ParseMoneyResult,
  parseMoney,
} from "./parse-money";
export {
  bpToPercentText,
  DEFAULT_MAX_RATE_BP,
  formatRateBp,
  formatRateCompact,
  type ParseRateErrorCode,
  type ParseRateResult,
  parseRatePercent,
  type RateBp,
} from "./rate";
export { divRoundHalfUp } from "./rounding";
