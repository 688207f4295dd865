import { type BusinessDate, businessDateOf } from "@/lib/domain/dates";
import type { Instalment } from "@/lib/domain/schedules";
import { getClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";

/** A stored DATE column back as the business date it holds. */
const businessDateOfColumn = (date: Date) => date.toISOString().slice(0, 10) as BusinessDate;

/**
 * The company's view of its loan's payout (放款) on `/company/loans/<id>`: its payouts, newest first (status,
 * amount transferred and fee in fen, the gateway serial once transferred, the card's bank and last four), and
 * the repayment schedule stored at disbursement (empty before), as Instalments for the schedule table.
 * startDate is the business date the schedule counts from (the disbursement's, in the business zone), or null.
 * Only the company user's own payouts are read (Outflow.userId); the caller has checked the project is theirs.
 */
export async function getCompanyPayout(db: Db, companyUserId: string, projectId: string, zone: string = getClock().zone) {
  const [payouts, rows] = await Promise.all([
    db.outflow.findMany({
      where: { projectId, userId: companyUserId, kind: "PAYOUT" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        status: true,
        amountFen: true,
        feeFen: true,
        externalSerial: true,
        transferredAt: true,
        reason: true,
        bankCard: { select: { bankName: true, numberLast4: true } },
      },
    }),
    db.repaymentInstalment.findMany({ where: { projectId }, orderBy: { number: "asc" } }),
  ]);
  let remaining = rows.reduce((sum, row) => sum + row.principalFen, 0n);
  const schedule: Instalment[] = rows.map((row) => {
    remaining -= row.principalFen;
    return {
      number: row.number,
      dueDate: businessDateOfColumn(row.dueDate),
      principalFen: row.principalFen,
      interestFen: row.interestFen,
      totalFen: row.principalFen + row.interestFen,
      remainingPrincipalFen: remaining,
    };
  });
  // The schedule counts from the disbursement's business date (the day before the first due date's month).
  const project = rows.length > 0 ? await db.loanProject.findUnique({ where: { id: projectId }, select: { disbursedAt: true } }) : null;
  const startDate = project?.disbursedAt ? businessDateOf(project.disbursedAt, zone) : null;
  return { payouts, schedule, startDate };
}
