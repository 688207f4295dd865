import { getTranslations } from "next-intl/server";
import { DepositPage } from "@/components/deposits/deposit-page";
import { parsePage } from "@/components/ui/pagination";
import { requirePageRole } from "@/lib/server/auth/session";

export default async function InvestorDepositPage({ searchParams }: { searchParams: Promise<{ orderNo?: string; page?: string }> }) {
  const user = await requirePageRole(["INVESTOR"], "/investor/deposit");
  const { orderNo, page } = await searchParams;
  const t = await getTranslations("deposits");
  return (
    <DepositPage
      user={user}
      basePath="/investor/deposit"
      orderNo={typeof orderNo === "string" ? orderNo.slice(0, 64) : undefined}
      page={parsePage(page)}
      notAllowed={{ message: t("notAllowedInvestor"), href: "/investor/verification", link: t("verifyLink") }}
    />
  );
}
