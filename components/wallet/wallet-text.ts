import type { getTranslations } from "next-intl/server";

export type WalletTranslator = Awaited<ReturnType<typeof getTranslations<"wallet">>>;

/**
 * A journal-entry kind in words (wallet.kinds.*). A kind added to the ledger before its words reads "Other"
 * rather than a raw key; tests/unit/wallet-kinds.test.ts wants words for every kind the ledger knows.
 */
export function kindLabel(t: WalletTranslator, kind: string): string {
  return t.has(`kinds.${kind}`) ? t(`kinds.${kind}`) : t("kinds.OTHER");
}
