import type { BusinessDate } from "@/lib/domain/dates";
import type { Instalment } from "@/lib/domain/schedules";
import type { Db } from "@/lib/server/db/types";

/** A stored DATE column back as the business date it holds. */
const businessDateOfColumn = (date: Date) => date.toISOString().slice(0, 10) as BusinessDate;

/**
 * The company's view of its loan's payout (放款) on `/company/loans/<id>`: its payouts, newest first (status,
 * amount transferred and fee in fen, the gateway serial once transferred, the card's bank and last four), and
 * the repayment schedule stored at disbursement (empty before), as Instalments for the schedule table.
 * Only the company user's own payouts are read (Outflow.userId); the caller has checked the project is theirs.
 */
export async function getCompanyPayout(db: Db, companyUserId: string, projectId: string) {
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
  return { payouts, schedule };
}
