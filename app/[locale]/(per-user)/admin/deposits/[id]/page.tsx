import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { storedDate } from "@/components/admin/entity/labels";
import { openRecordPage, RecordPage, type RecordPageProps, recordFormats } from "@/components/admin/entity/record-page";
import { RelatedLinks } from "@/components/admin/entity/related-links";
import { Facts } from "@/components/admin/subject/facts";
import { Card } from "@/components/ui/card";
import { getDepositRecord } from "@/lib/server/entity-records";

/** A deposit's staff record (issue 13 §4): order, purpose, user, gateway serial, times, then the shared sections. */
export default async function DepositRecordPage(props: RecordPageProps) {
  const {
    user,
    record: deposit,
    sections,
  } = await openRecordPage(props, { path: "/admin/deposits", type: "DEPOSIT", read: getDepositRecord });
  const [{ t, money, time }, tDeposits, tRoles] = await Promise.all([
    recordFormats(),
    getTranslations("deposits"),
    getTranslations("roles"),
  ]);
  return (
    <RecordPage
      title={t("deposit.title", { amount: money(deposit.amountFen) })}
      status={tDeposits(`status.${deposit.status}`)}
      note={
        <p className="text-sm text-slate-600">
          <Link prefetch={false} href="/admin/deposits">
            {t("deposit.back")}
          </Link>{" "}
          · {t("timesNote")}
        </p>
      }
      sections={sections}
    >
      <Card className="min-w-0">
        <h2 className="mb-3 text-lg font-semibold">{t("deposit.facts")}</h2>
        <Facts
          items={[
            [t("deposit.order"), deposit.id, "deposit-order"],
            [t("deposit.amount"), money(deposit.amountFen), "deposit-amount"],
            [t("deposit.purpose"), t(`deposits.purposes.${deposit.purpose}`), "deposit-purpose"],
            [t("deposit.user"), `${deposit.user.displayName} (${tRoles(deposit.user.role)}) · ${deposit.user.email}`, "deposit-user"],
            [t("deposit.serial"), deposit.gatewaySerial ?? "—", "deposit-serial"],
            [t("deposit.created"), time(deposit.createdAt)],
            [t("deposit.expires"), time(deposit.expiresAt)],
            [t("deposit.paid"), time(deposit.paidAt)],
            [t("deposit.closed"), time(deposit.closedAt)],
            ...(deposit.repayment
              ? ([[t("deposit.repayment"), `${money(deposit.repayment.amountFen)} · ${storedDate(deposit.repayment.repaidOn)}`]] as const)
              : []),
          ]}
        />
        <RelatedLinks project={deposit.project} projectLabel="deposit.project" company={deposit.user.company} reader={user.role} />
      </Card>
    </RecordPage>
  );
}
