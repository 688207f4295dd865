/**
 * The banks offered in the bank-card form's select (the largest by retail cards); any other bank is typed
 * as free text. The stored bank name is the bank's Chinese name, as printed on its cards; the form's labels
 * are translated (messages bankCards.banks.<code>).
 */
export const COMMON_BANKS = {
  ICBC: "中国工商银行",
  CCB: "中国建设银行",
  ABC: "中国农业银行",
  BOC: "中国银行",
  BOCOM: "交通银行",
  PSBC: "中国邮政储蓄银行",
  CMB: "招商银行",
  CIB: "兴业银行",
  SPDB: "浦发银行",
  CITIC: "中信银行",
  CMBC: "中国民生银行",
  CEB: "中国光大银行",
  PAB: "平安银行",
  HXB: "华夏银行",
  CGB: "广发银行",
} as const;

export type CommonBankCode = keyof typeof COMMON_BANKS;
export const COMMON_BANK_CODES = Object.keys(COMMON_BANKS) as CommonBankCode[];

/** The select's value for "another bank", whose name is typed. */
export const OTHER_BANK = "OTHER";

export function isCommonBankCode(value: string): value is CommonBankCode {
  return Object.hasOwn(COMMON_BANKS, value);
}

/** The stored name of a common bank, for showing it back in the user's language (messages by code). */
export function commonBankCodeOf(bankName: string): CommonBankCode | undefined {
  return COMMON_BANK_CODES.find((code) => COMMON_BANKS[code] === bankName);
}
