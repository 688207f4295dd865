export type MoneyLocale = "zh-CN" | "en";

/** Both locales show renminbi as ¥; the table keeps the choice explicit per locale. */
const CURRENCY_SYMBOL: Record<MoneyLocale, string> = { "zh-CN": "¥", en: "¥" };

/** "123456" → "123,456". Grouping is done on the digit string, so any size is exact. */
function groupThousands(digits: string): string {
  // By hand: the /\B(?=(\d{3})+$)/g idiom rescans the rest of the string at every position (quadratic).
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
  return groups.join(",");
}

/** Splits |fen| into whole yuan digits and the two fen digits, using string arithmetic only. */
function yuanParts(fen: bigint): { negative: boolean; yuan: string; cents: string } {
  const negative = fen < 0n;
  const digits = (negative ? -fen : fen).toString().padStart(3, "0");
  return { negative, yuan: digits.slice(0, -2), cents: digits.slice(-2) };
}

/** For display: "¥1,234.56", "-¥1,234.56". */
export function formatMoney(fen: bigint, locale: MoneyLocale): string {
  const { negative, yuan, cents } = yuanParts(fen);
  return `${negative ? "-" : ""}${CURRENCY_SYMBOL[locale]}${groupThousands(yuan)}.${cents}`;
}

/** For form inputs (value attributes): "1234.56", "-1234.56"; parseMoney reads it back. */
export function fenToYuanString(fen: bigint): string {
  const { negative, yuan, cents } = yuanParts(fen);
  return `${negative ? "-" : ""}${yuan}.${cents}`;
}
