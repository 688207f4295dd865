import { DepositPage, type DepositSearchParams } from "@/components/deposits/deposit-page";
import { requirePageRole } from "@/lib/server/auth/session";

export default async function CompanyDepositPage({ searchParams }: { searchParams: DepositSearchParams }) {
  const user = await requirePageRole(["COMPANY"], "/company/deposit");
  return <DepositPage user={user} area="/company" searchParams={searchParams} />;
}
