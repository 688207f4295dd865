import { getTranslations } from "next-intl/server";
import { DepositPage } from "@/components/deposits/deposit-page";
import { parsePage } from "@/components/ui/pagination";
import { requirePageRole } from "@/lib/server/auth/session";

export default async function CompanyDepositPage({ searchParams }: { searchParams: Promise<{ orderNo?: string; page?: string }> }) {
  const user = await requirePageRole(["COMPANY"], "/company/deposit");
  const { orderNo, page } = await searchParams;
  const t = await getTranslations("deposits");
  return (
    <DepositPage
      user={user}
      basePath="/company/deposit"
      orderNo={typeof orderNo === "string" ? orderNo.slice(0, 64) : undefined}
      page={parsePage(page)}
      notAllowed={{ message: t("notAllowedCompany"), href: "/company/profile", link: t("profileLink") }}
    />
  );
}
