import { getTranslations } from "next-intl/server";
import { type Decision, DecisionForms } from "@/components/admin/decision-forms";
import { QueueShell } from "@/components/admin/queue-shell";
import { OutflowSummary } from "@/components/outflows/outflow-summary";
import { Card } from "@/components/ui/card";
import { parsePage } from "@/components/ui/pagination";
import type { OutflowEventType } from "@/lib/domain/machines/outflow";
import { offeredEvents } from "@/lib/domain/permissions";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { listOutflowQueue } from "@/lib/server/outflows";
import { approveOutflowAction, rejectOutflowAction } from "../actions";

const PAGE_SIZE = 20;
const OFFERED = ["APPROVE", "REJECT"] as const satisfies readonly OutflowEventType[];

/** The supervisor's queue of outflows to approve (提现审批 and payouts asked for), oldest first. */
export default async function OutflowApprovalsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePageRole(["SUPERVISOR"], "/admin/outflows/approvals");
  const page = parsePage((await searchParams).page);
  const [t, db] = await Promise.all([getTranslations("outflows"), getDb()]);
  const list = await listOutflowQueue(db, "approvals", page, PAGE_SIZE);
  const decisions: Record<(typeof OFFERED)[number], Decision> = {
    APPROVE: {
      action: approveOutflowAction,
      submitLabel: t("approve"),
      confirmMessage: t("confirmApprove"),
      testId: "approve-outflow-form",
    },
    REJECT: {
      action: rejectOutflowAction,
      submitLabel: t("reject"),
      confirmMessage: t("confirmReject"),
      textLabel: t("rejectReason"),
      variant: "danger",
      testId: "reject-outflow-form",
    },
  };
  return (
    <QueueShell title={t("approvalsTitle")} list={list} basePath="/admin/outflows/approvals" rows="cards" exportList="outflowApprovals">
      {list.items.map((outflow) => (
        <Card key={outflow.id}>
          <div className="space-y-4" data-testid="outflow-row">
            <OutflowSummary outflow={outflow} />
            <div className="grid gap-4 md:grid-cols-2">
              <DecisionForms
                events={offeredEvents("OUTFLOW", outflow, user, OFFERED)}
                decisions={decisions}
                hidden={{ outflowId: outflow.id }}
              />
            </div>
          </div>
        </Card>
      ))}
    </QueueShell>
  );
}
