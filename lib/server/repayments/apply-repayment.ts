import type { BusinessDate } from "@/lib/domain/dates";
import { type ClaimShare, type ClaimWeights, type InstalmentAllocation, splitInstalmentPayment, sumParts } from "@/lib/domain/repayments";
import { splitByLargestRemainder } from "@/lib/domain/schedules";
import type { RepaymentKind } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/types";
import { type PostingSpec, platformFees, postEntry, userAvailable } from "@/lib/server/ledger";
import { notifyRepayment } from "@/lib/server/notifications/events";
import { settleOrCure } from "./settle-or-cure";

export interface RepaymentToApply {
  projectId: string;
  kind: RepaymentKind;
  /** The company user whose available balance pays it. */
  payerUserId: string;
  /** Who paid (the company user), recorded on the Repayment. */
  paidById: string | null;
  /** Paid through checkout: the credited deposit. */
  depositId?: string;
  repaidOn: BusinessDate;
  now: Date;
  managementFeeBp: number;
  /** What each instalment is paid (lib/domain/repayments allocateRepayment), the instalments locked by the caller. */
  allocations: readonly InstalmentAllocation[];
  /** Early repayment: interest no longer owed per instalment id (fen), split over its claims as they lack it. */
  waivedInterest?: ReadonlyMap<string, bigint>;
}

export interface AppliedRepayment {
  repaymentId: string;
  amountFen: bigint;
  principalFen: bigint;
  interestFen: bigint;
  penaltyFen: bigint;
  feeFen: bigint;
  /** How many investors were credited. */
  investors: number;
  /** The project's transition, if the repayment caused one. */
  projectEvent: "CURE" | "SETTLE" | null;
}

interface ClaimRow extends ClaimWeights {
  id: string;
  instalmentId: string;
  investorId: string;
}

/**
 * Applies one repayment inside the caller's transaction, after it locked the project and its unpaid instalments
 * and allocated the amount (docs/domain/repayment.md "A repayment", steps 3–6):
 * - each instalment's part split among its claims (splitInstalmentPayment), waived interest likewise;
 * - the Repayment row and its RepaymentAllocation rows;
 * - one REPAYMENT journal entry keyed `repayment:<id>`: the payer's available −amount, each investor's available
 *   +(principal + interest − fee + penalty), platform:fees +fee (postEntry: bulk postings);
 * - the claims' received columns in one UPDATE … FROM unnest, the instalments' paid columns likewise (PAID with
 *   `paidAt` when nothing is owed any more);
 * - CURE or SETTLE (and the investments' SETTLE) when the project's standing allows (settleOrCure).
 *
 * @throws DomainError INSUFFICIENT_FUNDS (from postEntry; the transaction cannot continue)
 */
export async function applyRepayment(tx: Tx, input: RepaymentToApply): Promise<AppliedRepayment> {
  const waived = input.waivedInterest ?? new Map<string, bigint>();
  const instalmentIds = [...new Set([...input.allocations.map((a) => a.instalmentId), ...waived.keys()])];
  const claims = await readClaims(tx, instalmentIds);
  const byInstalment = new Map<string, ClaimRow[]>();
  for (const claim of claims) {
    const list = byInstalment.get(claim.instalmentId);
    if (list) list.push(claim);
    else byInstalment.set(claim.instalmentId, [claim]);
  }

  const claimDeltas = new Map<string, ClaimShare & { waivedFen: bigint }>();
  const netByInvestor = new Map<string, bigint>();
  const totals = { principalFen: 0n, interestFen: 0n, penaltyFen: 0n, feeFen: 0n };
  const allocationOf = new Map(input.allocations.map((a) => [a.instalmentId, a]));

  for (const instalmentId of instalmentIds) {
    const instalmentClaims = byInstalment.get(instalmentId) ?? [];
    const paid = allocationOf.get(instalmentId) ?? { principalFen: 0n, interestFen: 0n, penaltyFen: 0n };
    const split = splitInstalmentPayment(paid, instalmentClaims, input.managementFeeBp);
    const waivedFen = waived.get(instalmentId) ?? 0n;
    // Waived after the payment: weighted by what each claim still lacks of its interest once paid.
    const waivedShares = splitByLargestRemainder(
      waivedFen,
      instalmentClaims.map((claim, i) => claim.interestLackFen - (split.shares[i] as ClaimShare).interestFen),
    );
    totals.principalFen += paid.principalFen;
    totals.interestFen += paid.interestFen;
    totals.penaltyFen += paid.penaltyFen;
    totals.feeFen += split.feeFen;
    instalmentClaims.forEach((claim, i) => {
      const share = split.shares[i] as ClaimShare;
      claimDeltas.set(claim.id, { ...share, waivedFen: waivedShares[i] as bigint });
      const net = share.principalFen + share.interestFen - share.feeFen + share.penaltyFen;
      netByInvestor.set(claim.investorId, (netByInvestor.get(claim.investorId) ?? 0n) + net);
    });
  }
  const amountFen = totals.principalFen + totals.interestFen + totals.penaltyFen;

  const repayment = await tx.repayment.create({
    data: {
      projectId: input.projectId,
      kind: input.kind,
      amountFen,
      ...totals,
      repaidOn: new Date(`${input.repaidOn}T00:00:00.000Z`),
      paidById: input.paidById,
      depositId: input.depositId ?? null,
      createdAt: input.now,
    },
    select: { id: true },
  });
  const allocations = input.allocations.filter((a) => sumParts(a) > 0n);
  if (allocations.length > 0) {
    await tx.repaymentAllocation.createMany({ data: allocations.map((a) => ({ repaymentId: repayment.id, ...a })) });
  }

  const investorPostings: PostingSpec[] = [...netByInvestor]
    .filter(([, net]) => net !== 0n)
    .map(([investorId, net]) => ({ account: userAvailable(investorId), amountFen: net }));
  await postEntry(tx, {
    idempotencyKey: `repayment:${repayment.id}`,
    kind: "REPAYMENT",
    description: `Repayment ${repayment.id} of loan project ${input.projectId}`,
    postings: [
      { account: userAvailable(input.payerUserId), amountFen: -amountFen },
      ...investorPostings,
      ...(totals.feeFen > 0n ? [{ account: platformFees(), amountFen: totals.feeFen }] : []),
    ],
  });

  await notifyRepayment(tx, { projectId: input.projectId, payerUserId: input.payerUserId, amountFen, netByInvestor }, input.now);
  await updateClaims(tx, claimDeltas);
  await updateInstalments(tx, instalmentIds, allocationOf, waived, input.now);
  const projectEvent = await settleOrCure(tx, input.projectId, input.repaidOn, input.now);
  return { repaymentId: repayment.id, amountFen, ...totals, investors: investorPostings.length, projectEvent };
}

/**
 * The claims on these instalments, in a fixed order (instalment, then investment) so rounding ties always fall
 * alike. Read as one text value (a line per claim) and parsed here: Prisma decodes 5,000 rows of seven columns
 * slower than PostgreSQL builds the text (bench/repayment).
 */
async function readClaims(tx: Tx, instalmentIds: string[]): Promise<ClaimRow[]> {
  const [row] = await tx.$queryRaw<{ claims: string | null }[]>`
    SELECT string_agg(concat_ws(',', c."id", c."instalmentId", i."investorId", c."principalFen", c."interestFen",
                                c."principalFen" - c."receivedPrincipalFen",
                                c."interestFen" - c."receivedInterestFen" - c."interestWaivedFen"),
                      ';' ORDER BY c."instalmentId", c."investmentId") AS "claims"
      FROM "ClaimInstalment" c JOIN "Investment" i ON i."id" = c."investmentId"
     WHERE c."instalmentId" = ANY(${instalmentIds}::text[])`;
  if (!row?.claims) return [];
  return row.claims.split(";").map((line) => {
    const [id, instalmentId, investorId, principalFen, interestFen, principalLackFen, interestLackFen] = line.split(",") as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    return {
      id,
      instalmentId,
      investorId,
      principalFen: BigInt(principalFen),
      interestFen: BigInt(interestFen),
      principalLackFen: BigInt(principalLackFen),
      interestLackFen: BigInt(interestLackFen),
    };
  });
}

/**
 * One UPDATE for every claim paid. The columns travel as comma-separated strings split by PostgreSQL: binding
 * six arrays of 5,000 elements costs Prisma more than the UPDATE itself (bench/repayment).
 */
async function updateClaims(tx: Tx, deltas: Map<string, ClaimShare & { waivedFen: bigint }>): Promise<void> {
  const moved = [...deltas].filter(([, d]) => d.principalFen + d.interestFen + d.penaltyFen + d.waivedFen > 0n);
  if (moved.length === 0) return;
  const csv = (pick: (d: ClaimShare & { waivedFen: bigint }) => bigint) => moved.map(([, d]) => pick(d)).join(",");
  await tx.$executeRaw`
    UPDATE "ClaimInstalment" AS c SET
      "receivedPrincipalFen" = c."receivedPrincipalFen" + v."principal",
      "receivedInterestFen" = c."receivedInterestFen" + v."interest",
      "receivedPenaltyFen" = c."receivedPenaltyFen" + v."penalty",
      "feeFen" = c."feeFen" + v."fee",
      "interestWaivedFen" = c."interestWaivedFen" + v."waived"
    FROM unnest(string_to_array(${moved.map(([id]) => id).join(",")}, ','),
                string_to_array(${csv((d) => d.principalFen)}, ',')::bigint[],
                string_to_array(${csv((d) => d.interestFen)}, ',')::bigint[],
                string_to_array(${csv((d) => d.penaltyFen)}, ',')::bigint[],
                string_to_array(${csv((d) => d.feeFen)}, ',')::bigint[],
                string_to_array(${csv((d) => d.waivedFen)}, ',')::bigint[])
      AS v("id", "principal", "interest", "penalty", "fee", "waived")
    WHERE c."id" = v."id"`;
}

async function updateInstalments(
  tx: Tx,
  ids: string[],
  allocationOf: Map<string, InstalmentAllocation>,
  waived: ReadonlyMap<string, bigint>,
  now: Date,
): Promise<void> {
  const part = (pick: (a: InstalmentAllocation) => bigint) =>
    ids.map((id) => (allocationOf.has(id) ? pick(allocationOf.get(id) as InstalmentAllocation) : 0n).toString());
  await tx.$executeRaw`
    UPDATE "RepaymentInstalment" AS i SET
      "paidPrincipalFen" = i."paidPrincipalFen" + v."principal"::bigint,
      "paidInterestFen" = i."paidInterestFen" + v."interest"::bigint,
      "paidPenaltyFen" = i."paidPenaltyFen" + v."penalty"::bigint,
      "interestWaivedFen" = i."interestWaivedFen" + v."waived"::bigint,
      "status" = CASE WHEN i."principalFen" = i."paidPrincipalFen" + v."principal"::bigint
                       AND i."interestFen" = i."paidInterestFen" + v."interest"::bigint + i."interestWaivedFen" + v."waived"::bigint
                       AND i."penaltyFen" = i."paidPenaltyFen" + v."penalty"::bigint
                      THEN 'PAID'::"InstalmentStatus" ELSE i."status" END,
      "paidAt" = CASE WHEN i."principalFen" = i."paidPrincipalFen" + v."principal"::bigint
                       AND i."interestFen" = i."paidInterestFen" + v."interest"::bigint + i."interestWaivedFen" + v."waived"::bigint
                       AND i."penaltyFen" = i."paidPenaltyFen" + v."penalty"::bigint
                      THEN ${now} ELSE i."paidAt" END,
      "updatedAt" = ${now}
    FROM unnest(${ids}::text[], ${part((a) => a.principalFen)}::text[], ${part((a) => a.interestFen)}::text[],
                ${part((a) => a.penaltyFen)}::text[], ${ids.map((id) => (waived.get(id) ?? 0n).toString())}::text[])
      AS v("id", "principal", "interest", "penalty", "waived")
    WHERE i."id" = v."id"`;
}
