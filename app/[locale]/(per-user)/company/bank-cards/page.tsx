import { BankCardsPage } from "@/components/bank-cards/bank-cards-page";
import { requirePageRole } from "@/lib/server/auth/session";
import { bankCardsOverview } from "@/lib/server/bank-cards";
import { getDb } from "@/lib/server/db";

export default async function CompanyBankCardsPage() {
  const user = await requirePageRole(["COMPANY"], "/company/bank-cards");
  const overview = await bankCardsOverview(await getDb(), user.id);
  return <BankCardsPage overview={overview} area="/company" verifyHref="/company/profile" />;
}
