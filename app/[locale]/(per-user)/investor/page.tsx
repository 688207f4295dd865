import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { BalanceFigures } from "@/components/wallet/balance-figures";
import { PortfolioByStatus } from "@/components/wallet/portfolio-by-status";
import { toLocale } from "@/i18n/locales";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { getInvestorOverview } from "@/lib/server/wallet";

/** Where the investor's money pages live; each is built by its own feature. */
const MONEY_LINKS = [
  { href: "/investor/deposit", key: "deposit" },
  { href: "/investor/withdraw", key: "withdraw" },
  { href: "/investor/bank-cards", key: "bankCards" },
  { href: "/investor/investments", key: "investments" },
  { href: "/investor/calendar", key: "calendar" },
  { href: "/investor/transactions", key: "transactions" },
] as const;

export default async function InvestorOverviewPage() {
  const user = await requirePageRole(["INVESTOR"], "/investor");
  const [t, tWallet, locale, db] = await Promise.all([getTranslations("investor"), getTranslations("wallet"), getLocale(), getDb()]);
  const [profile, overview] = await Promise.all([
    db.investorProfile.findUnique({ where: { userId: user.id } }),
    getInvestorOverview(db, user.id),
  ]);
  const moneyLocale = toLocale(locale);
  const invested = overview.byStatus.some((slice) => slice.count > 0);
  return (
    <div className="space-y-6">
      <PageHeader title={t("overviewTitle")} />
      <Card>
        <p className="mb-2 text-lg" data-testid="welcome">
          {t("welcome", { name: profile?.realName ?? user.name })}
        </p>
        {profile?.verifiedAt ? (
          <p className="text-green-700">{t("verifiedAs", { name: profile.realName, last4: profile.idNumberLast4 })}</p>
        ) : (
          <p>
            <span className="text-amber-700">{t("notVerified")}</span> · <Link href="/investor/verification">{t("verifyNow")}</Link>
          </p>
        )}
      </Card>
      <Card>
        <h2 className="mb-4 text-xl font-semibold">{tWallet("balances.title")}</h2>
        <BalanceFigures
          locale={moneyLocale}
          items={[
            { testId: "balance-available", label: tWallet("balances.available"), fen: overview.availableFen },
            { testId: "balance-frozen", label: tWallet("balances.frozen"), fen: overview.frozenFen, hint: tWallet("balances.frozenHint") },
            {
              testId: "balance-invested",
              label: tWallet("balances.invested"),
              fen: overview.investedFen,
              hint: tWallet("balances.investedHint"),
            },
            {
              testId: "balance-expected-interest",
              label: tWallet("balances.expectedInterest"),
              fen: overview.expectedInterestFen,
              hint: tWallet("balances.expectedInterestHint"),
            },
          ]}
        />
        <nav aria-label={tWallet("links.title")} className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
          {MONEY_LINKS.map((link) => (
            <Link key={link.href} href={link.href} prefetch={false}>
              {tWallet(`links.${link.key}`)}
            </Link>
          ))}
        </nav>
      </Card>
      <Card>
        <h2 className="mb-4 text-xl font-semibold">{tWallet("portfolio.title")}</h2>
        {invested ? (
          <PortfolioByStatus slices={overview.byStatus} t={tWallet} locale={moneyLocale} />
        ) : (
          <EmptyState>
            {tWallet("portfolio.empty")} <Link href="/loans">{tWallet("browseLoans")}</Link>
          </EmptyState>
        )}
      </Card>
    </div>
  );
}
