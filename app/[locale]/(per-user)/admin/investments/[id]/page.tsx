import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { openRecordPage, RecordPage, type RecordPageProps, recordFormats } from "@/components/admin/entity/record-page";
import { ScheduleTable } from "@/components/admin/entity/schedule-table";
import { Facts } from "@/components/admin/subject/facts";
import { Card } from "@/components/ui/card";
import { getInvestmentRecord } from "@/lib/server/entity-records";

/** An investment's staff record (issue 13 §4): investor, project, decision, claims, then the shared sections. */
export default async function InvestmentRecordPage(props: RecordPageProps) {
  const { record: investment, sections } = await openRecordPage(props, {
    path: "/admin/investments",
    type: "INVESTMENT",
    read: getInvestmentRecord,
  });
  const [{ t, money, time }, tInvesting, tLoans] = await Promise.all([
    recordFormats(),
    getTranslations("investing"),
    getTranslations("loans"),
  ]);
  return (
    <RecordPage
      title={t("investment.title", { amount: money(investment.amountFen) })}
      status={tInvesting(`status.${investment.status}`)}
      sections={sections}
    >
      <div className="grid min-w-0 gap-6 lg:grid-cols-2">
        <Card className="min-w-0">
          <h2 className="mb-3 text-lg font-semibold">{t("investment.facts")}</h2>
          <p className="mb-3 text-sm break-words">
            {t("investment.project")}:{" "}
            <Link prefetch={false} href={`/admin/projects/${investment.project.id}`} data-testid="project-link">
              {investment.project.title}
            </Link>{" "}
            <span className="text-slate-500">({tLoans(`status.${investment.project.status}`)})</span>
          </p>
          <Facts
            items={[
              [t("investment.investor"), investment.investor.name, "investment-investor"],
              [t("investment.email"), investment.investor.email],
              [t("investment.amount"), money(investment.amountFen), "investment-amount"],
              [t("investment.placed"), time(investment.createdAt)],
              [t("investment.riskNotice"), time(investment.riskNoticeAcceptedAt)],
              [
                t("investment.decided"),
                investment.decidedAt
                  ? t("investment.decidedBy", {
                      who: investment.decidedByName ?? t("system"),
                      at: time(investment.decidedAt),
                    })
                  : "—",
              ],
              [t("investment.decisionReason"), investment.decisionReason ?? "—"],
            ]}
          />
        </Card>
        <Card className="min-w-0">
          <h2 className="mb-3 text-lg font-semibold">{t("schedule.claims")}</h2>
          <ScheduleTable kind="claims" rows={investment.claims} />
        </Card>
      </div>
    </RecordPage>
  );
}
