import { getTranslations } from "next-intl/server";
import { openRecordPage, RecordPage, type RecordPageProps, recordFormats } from "@/components/admin/entity/record-page";
import { RelatedLinks } from "@/components/admin/entity/related-links";
import { Facts } from "@/components/admin/subject/facts";
import { Card } from "@/components/ui/card";
import { getOutflowRecord } from "@/lib/server/entity-records";

/**
 * An outflow's staff record (issue 13 §4): kind, amount and fee, the card (masked: the full number is read
 * only on the transfer queue, audited), the transfer serial, who asked, approved and transferred, then the
 * shared sections.
 */
export default async function OutflowRecordPage(props: RecordPageProps) {
  const {
    user,
    record: outflow,
    sections,
  } = await openRecordPage(props, { path: "/admin/outflows", type: "OUTFLOW", read: getOutflowRecord });
  const [{ t, money, time }, tOutflows, tWithdrawals] = await Promise.all([
    recordFormats(),
    getTranslations("outflows"),
    getTranslations("withdrawals"),
  ]);
  const by = (name: string | null, at: Date | null) => (at ? t("outflow.byAt", { who: name ?? t("system"), at: time(at) }) : "—");
  const card = outflow.bankCard;
  return (
    <RecordPage
      title={t("outflow.title", { kind: tOutflows(`kind.${outflow.kind}`), amount: money(outflow.amountFen) })}
      status={tWithdrawals(`status.${outflow.status}`)}
      sections={sections}
    >
      <Card className="min-w-0">
        <h2 className="mb-3 text-lg font-semibold">{t("outflow.facts")}</h2>
        <Facts
          items={[
            [t("outflow.kind"), tOutflows(`kind.${outflow.kind}`), "outflow-kind"],
            [t("outflow.amount"), money(outflow.amountFen), "outflow-amount"],
            [t("outflow.fee"), money(outflow.feeFen)],
            [t("outflow.user"), `${outflow.user.name ?? "—"} · ${outflow.user.email ?? "—"}`],
            [
              t("outflow.card"),
              t("outflow.cardMasked", { bank: card.bankName, holder: card.holderName, last4: card.numberLast4 }),
              "outflow-card",
            ],
            [t("outflow.serial"), outflow.externalSerial ?? "—", "outflow-serial"],
            [t("outflow.requested"), by(outflow.requestedByName, outflow.createdAt), "outflow-requested"],
            [t("outflow.decided"), by(outflow.decidedByName, outflow.decidedAt), "outflow-decided"],
            [t("outflow.transferred"), by(outflow.transferredByName, outflow.transferredAt), "outflow-transferred"],
            [t("outflow.reason"), outflow.reason ?? "—"],
          ]}
        />
        <RelatedLinks project={outflow.project} projectLabel="outflow.project" company={outflow.user.company} reader={user.role} />
      </Card>
    </RecordPage>
  );
}
