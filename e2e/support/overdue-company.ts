import { addDays, type BusinessDate, businessDateOf } from "@/lib/domain/dates";
import { uniqueTag } from "./company-helpers";
import type { TestUser, test } from "./fixtures";
import { insertProject } from "./projects";

type Fixtures = Parameters<Parameters<typeof test>[2]>[0];

/**
 * A company on watch (WATCH) with one OVERDUE loan, as the daily mark-overdue job leaves it: a one-month BULLET loan
 * of ¥100,000 at 10 % (¥833.33 of interest) whose only instalment fell due `daysOverdue` business days ago, overdue
 * from 4 days after (past the 3 grace days), with `penaltyFen` of penalty accrued through today. Written straight into
 * the database (the job has its own tests). `title` is made unique with a tag.
 */
export async function overdueCompany(
  { makeUser, database }: Pick<Fixtures, "makeUser" | "database">,
  { title: titlePrefix, daysOverdue, penaltyFen }: { title: string; daysOverdue: number; penaltyFen: bigint },
) {
  const companyUser: TestUser = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  const company = await database.prisma.company.update({ where: { userId: companyUser.id }, data: { status: "WATCH" } });
  const title = `${titlePrefix} ${uniqueTag()}`;
  const project = await insertProject(database, companyUser, { title, rateBp: 1000, method: "BULLET", termMonths: 1, status: "OVERDUE" });
  const today: BusinessDate = businessDateOf(new Date(), "Asia/Shanghai");
  const dueDate = addDays(today, -daysOverdue);
  const instalment = await database.prisma.repaymentInstalment.create({
    data: {
      projectId: project.id,
      number: 1,
      dueDate: new Date(`${dueDate}T00:00:00Z`),
      principalFen: 10_000_000n,
      interestFen: 83_333n,
      penaltyFen,
      overdueSince: new Date(`${addDays(dueDate, 4)}T00:00:00Z`),
      penaltyAccruedOn: new Date(`${today}T00:00:00Z`),
    },
  });
  return { companyUser, company, title, project, instalment, today, dueDate };
}
