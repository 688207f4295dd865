export { foldFullWidth } from "./normalize-input";
export { divRoundHalfUp } from "./rounding";
export {
  DEFAULT_MAX_FEN,
  parseMoney,
  type ParseMoneyErrorCode,
  type ParseMoneyOptions,
  type ParseMoneyResult,
} from "./parse-money";
export { fenToYuanString, formatMoney, type MoneyLocale } from "./format-money";
export {
  DEFAULT_MAX_RATE_BP,
  formatRateBp,
  parseRatePercent,
  type ParseRateErrorCode,
  type ParseRateResult,
  type RateBp,
} from "./rate";
