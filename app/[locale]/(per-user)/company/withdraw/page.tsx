import { parsePage } from "@/components/ui/pagination";
import { WithdrawPage } from "@/components/withdrawals/withdraw-page";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { withdrawOverview } from "@/lib/server/withdrawals";

export default async function CompanyWithdrawPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePageRole(["COMPANY"], "/company/withdraw");
  const page = parsePage((await searchParams).page);
  const overview = await withdrawOverview(await getDb(), user.id, page);
  return <WithdrawPage overview={overview} area="/company" />;
}
