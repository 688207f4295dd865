/**
 * Chinese input methods often type full-width characters (１２３４．５６, "，", "￥"). Users cannot see the
 * difference, so every parser of typed numbers first folds them to their ASCII equivalents.
 */
const FULL_WIDTH_OFFSET = 0xfee0; // U+FF01..U+FF5E mirror ASCII U+0021..U+007E

export function foldFullWidth(input: string): string {
  let out = "";
  for (const ch of input) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - FULL_WIDTH_OFFSET);
    else if (ch === "\u3000")
      out += " "; // ideographic space
    else if (ch === "\uffe5")
      out += "\u00a5"; // full-width yen sign ￥ → ¥
    else if (ch === "\u2212")
      out += "-"; // typographic minus sign
    else out += ch;
  }
  return out;
}
