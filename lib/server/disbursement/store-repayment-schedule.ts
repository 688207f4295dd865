import type { BusinessDate } from "@/lib/domain/dates";
import { buildSchedule, splitInstalmentAmongInvestors } from "@/lib/domain/schedules";
import type { LoanProject } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/types";

/** A business date as the DATE column stores it (midnight UTC of that calendar day). */
export const dateColumn = (date: BusinessDate): Date => new Date(`${date}T00:00:00.000Z`);

/**
 * Stores a disbursed project's repayment schedule and each investment's claims, inside the caller's
 * transaction: the instalments of buildSchedule counted from `startDate` (the disbursement's business date;
 * due dates are business dates), and every instalment split among the investments pro rata
 * (splitInstalmentAmongInvestors: the parts of each instalment add up exactly to it, and each investment's
 * principal parts add up exactly to its amount). `investments` are the project's live investments, whose
 * amounts add up to the loan; they are ordered by (createdAt, id) here so rounding ties always favour the
 * earliest investment. A second call for the same project fails on the unique (projectId, number).
 * Returns how many instalments and claim rows were written.
 */
export async function storeRepaymentSchedule(
  tx: Tx,
  project: Pick<LoanProject, "id" | "amountFen" | "annualRateBp" | "termMonths" | "repaymentMethod">,
  investments: readonly { id: string; amountFen: bigint; createdAt: Date }[],
  startDate: BusinessDate,
): Promise<{ instalments: number; claims: number }> {
  const schedule = buildSchedule({
    principalFen: project.amountFen,
    annualRateBp: project.annualRateBp,
    termMonths: project.termMonths,
    method: project.repaymentMethod,
    startDate,
  });
  const ordered = [...investments].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const parts = splitInstalmentAmongInvestors(
    schedule,
    ordered.map((inv) => ({ id: inv.id, amountFen: inv.amountFen })),
  );

  const rows = await tx.repaymentInstalment.createManyAndReturn({
    data: schedule.map((instalment) => ({
      projectId: project.id,
      number: instalment.number,
      dueDate: dateColumn(instalment.dueDate),
      principalFen: instalment.principalFen,
      interestFen: instalment.interestFen,
    })),
    select: { id: true, number: true },
  });
  const idOf = new Map(rows.map((row) => [row.number, row.id]));
  const claims = parts.flatMap((investor) =>
    investor.instalments
      // An investor's part of an instalment may round to nothing (tiny investments): no row for it.
      .filter((part) => part.principalFen > 0n || part.interestFen > 0n)
      .map((part) => ({
        instalmentId: idOf.get(part.number) as string,
        investmentId: investor.investmentId,
        principalFen: part.principalFen,
        interestFen: part.interestFen,
      })),
  );
  await tx.claimInstalment.createMany({ data: claims });
  return { instalments: rows.length, claims: claims.length };
}
