import type { BusinessDate } from "@/lib/domain/dates";
import { divRoundHalfUp } from "@/lib/domain/money";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { platformFees, postEntry, userAvailable } from "@/lib/server/ledger";
import type { RepayingProject } from "./repaying-project";

/**
 * STAND-IN for the repayment service (helper R's, issue 12), for the read models' tests until it is on main:
 * pays instalments `numbers` of the project IN FULL on business date `repaidOn`, writing what the service
 * writes — the instalments PAID with their paid columns, every claim fully received with its fee
 * (round_half_up(claim interest × feeBp / 10 000), per claim: simpler than the service's per-instalment fee,
 * which changes no read model), one Repayment with its allocations, and one REPAYMENT journal entry
 * (company −amount, investors +net, fees +fee) so the ledger invariants still hold.
 * Replace with the real service once it lands.
 */
export async function standInRepayment(
  db: Db,
  repaying: RepayingProject,
  numbers: number[],
  repaidOn: BusinessDate,
  { managementFeeBp = 1000 }: { managementFeeBp?: number } = {},
): Promise<{ repaymentId: string; amountFen: bigint; feeFen: bigint }> {
  return withTransaction(db, async (tx) => {
    const instalments = await tx.repaymentInstalment.findMany({
      where: { projectId: repaying.project.id, number: { in: numbers } },
      include: { claims: { include: { investment: { select: { investorId: true } } } } },
      orderBy: { number: "asc" },
    });
    let principalFen = 0n;
    let interestFen = 0n;
    let feeFen = 0n;
    const netByInvestor = new Map<string, bigint>();
    for (const instalment of instalments) {
      principalFen += instalment.principalFen;
      interestFen += instalment.interestFen;
      await tx.repaymentInstalment.update({
        where: { id: instalment.id },
        data: {
          paidPrincipalFen: instalment.principalFen,
          paidInterestFen: instalment.interestFen,
          status: "PAID",
          paidAt: new Date(`${repaidOn}T04:00:00Z`),
        },
      });
      for (const claim of instalment.claims) {
        const fee = divRoundHalfUp(claim.interestFen * BigInt(managementFeeBp), 10_000n);
        feeFen += fee;
        await tx.claimInstalment.update({
          where: { id: claim.id },
          data: { receivedPrincipalFen: claim.principalFen, receivedInterestFen: claim.interestFen, feeFen: fee },
        });
        const investorId = claim.investment.investorId;
        netByInvestor.set(investorId, (netByInvestor.get(investorId) ?? 0n) + claim.principalFen + claim.interestFen - fee);
      }
    }
    const amountFen = principalFen + interestFen;
    const repayment = await tx.repayment.create({
      data: {
        projectId: repaying.project.id,
        kind: "INSTALMENT",
        amountFen,
        principalFen,
        interestFen,
        penaltyFen: 0n,
        feeFen,
        repaidOn: new Date(`${repaidOn}T00:00:00Z`),
        paidById: repaying.companyUser.id,
        allocations: {
          create: instalments.map((i) => ({
            instalmentId: i.id,
            principalFen: i.principalFen,
            interestFen: i.interestFen,
            penaltyFen: 0n,
          })),
        },
      },
    });
    await postEntry(tx, {
      idempotencyKey: `repayment:${repayment.id}`,
      kind: "REPAYMENT",
      postings: [
        { account: userAvailable(repaying.companyUser.id), amountFen: -amountFen },
        ...[...netByInvestor].map(([investorId, net]) => ({ account: userAvailable(investorId), amountFen: net })),
        ...(feeFen > 0n ? [{ account: platformFees(), amountFen: feeFen }] : []),
      ],
    });
    return { repaymentId: repayment.id, amountFen, feeFen };
  });
}
