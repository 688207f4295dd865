import type { Tx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { projectRefusal } from "./project-refusal";

export interface Reserved {
  fundedFen: bigint;
  amountFen: bigint;
}

/**
 * Reserves `amountFen` on the project with ONE conditional UPDATE, the statement that decides every race for
 * the last fen: it passes only while the project is FUNDRAISING before its deadline, the amount fits in what
 * is left, and the amount is a multiple of the minimum unit or, when less than one unit is left, exactly the
 * rest (lib/domain/investing/investment-amount.ts says the same in TypeScript). The row lock it takes is held
 * to the end of the transaction: callers run it as late as they can. 0 rows → the project is re-read and the
 * refusal explained (projectRefusal's errors; never over-funded, however many race).
 */
export async function reserveOnProject(tx: Tx, projectId: string, amountFen: bigint, now: Date): Promise<Reserved> {
  const rows = await tx.$queryRaw<Reserved[]>`
    UPDATE "LoanProject" SET "fundedFen" = "fundedFen" + ${amountFen}::bigint, "updatedAt" = ${now}
     WHERE "id" = ${projectId} AND "status" = 'FUNDRAISING' AND "fundraisingDeadline" > ${now}
       AND ${amountFen}::bigint > 0 AND "fundedFen" + ${amountFen}::bigint <= "amountFen"
       AND (${amountFen}::bigint % "minInvestmentFen" = 0
            OR ("amountFen" - "fundedFen" < "minInvestmentFen" AND "fundedFen" + ${amountFen}::bigint = "amountFen"))
    RETURNING "fundedFen", "amountFen"`;
  const reserved = rows[0];
  if (reserved) return reserved;
  const project = await tx.loanProject.findUnique({
    where: { id: projectId },
    select: { status: true, amountFen: true, fundedFen: true, minInvestmentFen: true, fundraisingDeadline: true },
  });
  if (!project) throw new DomainError("NOT_FOUND", `Loan project ${projectId} not found`);
  throw projectRefusal(project, amountFen, now) ?? new DomainError("STALE_STATE", "The project changed; try again");
}

/**
 * Gives `amountFen` back to the project (a cancelled or rejected investment) and returns the project as it is
 * now; the CHECK keeps fundedFen within 0..amountFen.
 */
export async function releaseOnProject(tx: Tx, projectId: string, amountFen: bigint, now: Date) {
  const [row] = await tx.$queryRaw<{ status: string; fundraisingDeadline: Date | null }[]>`
    UPDATE "LoanProject" SET "fundedFen" = "fundedFen" - ${amountFen}::bigint, "updatedAt" = ${now}
     WHERE "id" = ${projectId}
    RETURNING "status"::text AS "status", "fundraisingDeadline"`;
  if (!row) throw new DomainError("NOT_FOUND", `Loan project ${projectId} not found`);
  return row;
}
