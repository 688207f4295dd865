import type { LoanStatus } from "@/lib/generated/prisma/client";
import { defineEntity } from "@/lib/server/transitions/define-entity";

/** Investment (投资) transitions, moved one by one or in bulk (refunds, settlements). */
export const investmentEntity = defineEntity("INVESTMENT", {
  table: "Investment",
  rows: (tx) => tx.investment,
  facts: async (tx, row, eventType) => {
    if (eventType === "REFUND") {
      return {
        projectStatus: (await tx.loanProject.findUniqueOrThrow({ where: { id: row.projectId }, select: { status: true } })).status,
      };
    }
    if (eventType === "CONFIRM") {
      const profile = await tx.investorProfile.findUnique({ where: { userId: row.investorId }, select: { verifiedAt: true } });
      // The amount rules were enforced when the amount was reserved (reserve-amount.ts); a reserved amount
      // is a positive part of the project's amount.
      return { investorVerified: profile?.verifiedAt != null, withinLimits: row.amountFen > 0n };
    }
    return {};
  },
  bulk: {
    statusType: "InvestmentStatus",
    groupFacts: async (tx, ids, eventType) => {
      if (eventType === "SETTLE") {
        // Settled together when the project owes nothing: what the group's claims still lack, summed.
        const [row] = await tx.$queryRaw<{ remaining: bigint | null }[]>`
          SELECT sum(c."principalFen" - c."receivedPrincipalFen" + c."interestFen" - c."receivedInterestFen" - c."interestWaivedFen") AS "remaining"
            FROM "ClaimInstalment" c WHERE c."investmentId" = ANY(${ids as string[]}::text[])`;
        return { remainingDueFen: BigInt(row?.remaining ?? 0n) };
      }
      if (eventType !== "REFUND") return {};
      const statuses = await tx.$queryRaw<{ status: LoanStatus }[]>`
        SELECT DISTINCT p."status" FROM "Investment" i JOIN "LoanProject" p ON p."id" = i."projectId"
        WHERE i."id" = ANY(${ids as string[]}::text[])`;
      // Refunds are for failed projects: one project that has not failed refuses the whole group.
      return { projectStatus: statuses.find((row) => row.status !== "FAILED")?.status ?? statuses[0]?.status };
    },
  },
});
