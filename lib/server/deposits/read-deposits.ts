import type { DepositStatus } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/server/db/types";
import { listPage, type Page } from "@/lib/shared/pagination";

/** What the deposit pages show of one deposit. Amounts in fen. */
export interface DepositView {
  id: string;
  amountFen: bigint;
  status: DepositStatus;
  createdAt: Date;
  expiresAt: Date;
  paidAt: Date | null;
  closedAt: Date | null;
  gatewaySerial: string | null;
}

const VIEW = {
  id: true,
  amountFen: true,
  status: true,
  createdAt: true,
  expiresAt: true,
  paidAt: true,
  closedAt: true,
  gatewaySerial: true,
} as const;

/** The user's deposits, newest first, one page (index Deposit(userId, createdAt)). */
export function listOwnDeposits(db: DbOrTx, userId: string, page: number, pageSize: number): Promise<Page<DepositView>> {
  return listPage(
    page,
    pageSize,
    (window) => db.deposit.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: VIEW, ...window }),
    () => db.deposit.count({ where: { userId } }),
  );
}

/** One of the user's own deposits (the return page's `?orderNo=`); null when there is none or it is someone else's. */
export function getOwnDeposit(db: DbOrTx, userId: string, depositId: string): Promise<DepositView | null> {
  return db.deposit.findFirst({ where: { id: depositId, userId }, select: VIEW });
}

/** Whether `userId` may deposit now: the facts of mayDeposit (lib/domain/permissions), read once for a page. */
export async function depositorFacts(db: DbOrTx, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { investorProfile: { select: { verifiedAt: true } }, company: { select: { status: true } } },
  });
  return { investorVerifiedAt: user?.investorProfile?.verifiedAt ?? null, companyStatus: user?.company?.status };
}
