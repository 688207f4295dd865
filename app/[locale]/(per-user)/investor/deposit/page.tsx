import { DepositPage, type DepositSearchParams } from "@/components/deposits/deposit-page";
import { requirePageRole } from "@/lib/server/auth/session";

export default async function InvestorDepositPage({ searchParams }: { searchParams: DepositSearchParams }) {
  const user = await requirePageRole(["INVESTOR"], "/investor/deposit");
  return <DepositPage user={user} area="/investor" searchParams={searchParams} />;
}
