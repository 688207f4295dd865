import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import type { BankCardsOverview } from "@/lib/server/bank-cards";
import { bankLabel } from "./bank-name";
import { BindBankCardForm } from "./bind-bank-card-form";
import { bindBankCardFormMessages } from "./bind-bank-card-form.messages";
import { UnbindBankCardButton } from "./unbind-bank-card-button";
import { unbindBankCardButtonMessages } from "./unbind-bank-card-button.messages";

/**
 * The bank-card page of investors and companies (`area` is the role's path): the bound cards, masked, each
 * with its unbind button, and the bind form once the user may bind (else why not, and where to fix it).
 */
export async function BankCardsPage({
  overview,
  area,
  verifyHref,
}: {
  overview: BankCardsOverview;
  area: "/investor" | "/company";
  /** Where the user completes the verification binding needs. */
  verifyHref: string;
}) {
  const [t, format] = await Promise.all([getTranslations("bankCards"), getFormatter()]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title={t("title")}>
        <Link href={`${area}/withdraw`}>{t("withdrawLink")}</Link>
      </PageHeader>
      <p className="text-slate-600">{t("intro")}</p>
      <Card>
        <h2 className="mb-4 text-lg font-medium">{t("boundCards")}</h2>
        {overview.cards.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ClientMessages namespaces={unbindBankCardButtonMessages}>
            <ul className="divide-y" data-testid="bank-cards">
              {overview.cards.map((card) => {
                const bank = bankLabel(t, card.bankName);
                return (
                  <li key={card.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="bank-card">
                    <div className="min-w-0">
                      <p className="font-medium break-words">{bank}</p>
                      <p className="font-mono text-slate-700" data-testid="masked-number">
                        {card.masked}
                      </p>
                      <p className="text-sm text-slate-500">
                        {card.holderName} · {t("boundOn", { date: format.dateTime(card.createdAt, { dateStyle: "medium" }) })}
                        {card.luhnUnverified && <span className="ml-2 text-amber-700">({t("luhnUnverified")})</span>}
                      </p>
                    </div>
                    <UnbindBankCardButton bankCardId={card.id} bankName={bank} masked={card.masked} />
                  </li>
                );
              })}
            </ul>
          </ClientMessages>
        )}
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-medium">{t("addTitle")}</h2>
        {overview.mayBind && overview.verifiedName ? (
          <ClientMessages namespaces={bindBankCardFormMessages}>
            <BindBankCardForm verifiedName={overview.verifiedName} />
          </ClientMessages>
        ) : (
          <p data-testid="bank-card-not-eligible">
            <span className="text-amber-700">{t(area === "/investor" ? "notEligibleInvestor" : "notEligibleCompany")}</span>{" "}
            <Link href={verifyHref}>{t("verifyNow")}</Link>
          </p>
        )}
      </Card>
    </div>
  );
}
