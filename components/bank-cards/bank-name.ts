import { commonBankCodeOf } from "@/lib/domain/bank-cards";

type Translate = (key: string) => string;

/** A stored bank name in the reader's language: a common bank's label (namespace bankCards), else as typed. */
export function bankLabel(t: Translate, bankName: string): string {
  const code = commonBankCodeOf(bankName);
  return code ? t(`banks.${code}`) : bankName;
}
