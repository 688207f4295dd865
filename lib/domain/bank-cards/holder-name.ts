import { foldFullWidth } from "@/lib/domain/money/normalize-input";

/** Trimmed, full-width letters folded to ASCII, inner runs of spaces (of any width) made one space. */
export function normalizeHolderName(name: string): string {
  return foldFullWidth(name).replace(/\s+/g, " ").trim();
}

/**
 * Whether the name typed as the card's holder is the verified name (the investor's real name, the
 * company's registered name), after normalizeHolderName; otherwise exactly, since a transfer to a card
 * under another name bounces.
 */
export function holderNameMatches(typed: string, verified: string): boolean {
  const a = normalizeHolderName(typed);
  return a !== "" && a === normalizeHolderName(verified);
}
