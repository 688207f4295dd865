import { BankCardsPage } from "@/components/bank-cards/bank-cards-page";
import { requirePageRole } from "@/lib/server/auth/session";
import { bankCardsOverview } from "@/lib/server/bank-cards";
import { getDb } from "@/lib/server/db";

export default async function InvestorBankCardsPage() {
  const user = await requirePageRole(["INVESTOR"], "/investor/bank-cards");
  const overview = await bankCardsOverview(await getDb(), user.id);
  return <BankCardsPage overview={overview} area="/investor" verifyHref="/investor/verification" />;
}
