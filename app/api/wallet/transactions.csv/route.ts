import { getTranslations } from "next-intl/server";
import { kindLabel } from "@/components/wallet/wallet-text";
import { getSessionUser } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { exportTransactionsCsv, parseTransactionFilters, type TransactionsCsvWords } from "@/lib/server/wallet";
import { can } from "@/lib/shared/capabilities";

export const dynamic = "force-dynamic";

/**
 * The signed-in user's own transactions as CSV, filtered as the list is (?from, ?to, ?kind), in the language of
 * their locale cookie. Like a page: a visitor is sent to log in and comes back here, a role without a wallet
 * is sent to the "no access" page. Never cached: it is one person's money.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const user = await getSessionUser();
  if (!user) {
    const login = new URL("/login", url);
    login.searchParams.set("callbackUrl", url.pathname + url.search);
    return Response.redirect(login, 303);
  }
  if (!can(user.role, "wallet.own")) return Response.redirect(new URL("/forbidden", url), 303);

  const t = await getTranslations("wallet");
  const words: TransactionsCsvWords = {
    headings: {
      at: t("csv.at"),
      kind: t("csv.kind"),
      account: t("csv.account"),
      amountYuan: t("csv.amountYuan"),
      amountFen: t("csv.amountFen"),
      balanceYuan: t("csv.balanceYuan"),
      entry: t("csv.entry"),
    },
    kind: (kind) => kindLabel(t, kind),
    account: (account) => t(`accounts.${account}`),
  };
  const csv = await exportTransactionsCsv(await getDb(), user.id, parseTransactionFilters(Object.fromEntries(url.searchParams)), words);
  return new Response(csv.body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csv.filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
