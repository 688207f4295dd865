import { getTranslations } from "next-intl/server";
import { DecisionForm } from "@/components/admin/decision-form";
import { QueueShell } from "@/components/admin/queue-shell";
import { ClientMessages } from "@/components/i18n/client-messages";
import { OutflowSummary } from "@/components/outflows/outflow-summary";
import { RevealCardButton } from "@/components/outflows/reveal-card-button";
import { revealCardButtonMessages } from "@/components/outflows/reveal-card-button.messages";
import { TransferSerialForm } from "@/components/outflows/transfer-serial-form";
import { transferSerialFormMessages } from "@/components/outflows/transfer-serial-form.messages";
import { Card } from "@/components/ui/card";
import { parsePage } from "@/components/ui/pagination";
import type { OutflowEventType } from "@/lib/domain/machines/outflow";
import { mayPerform, offeredEvents } from "@/lib/domain/permissions";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { listOutflowQueue } from "@/lib/server/outflows";
import { requestOutflowFailureAction } from "../actions";

const PAGE_SIZE = 20;
const OFFERED = ["MARK_TRANSFERRED", "FAIL"] as const satisfies readonly OutflowEventType[];

/**
 * Customer service's queue of approved outflows to transfer by hand (划账), oldest approval first: the payee
 * and card (full number on request, audited), the amount and reference to type into the payment platform's
 * console, then the serial it gave; or a request to a supervisor to mark the outflow failed.
 */
export default async function OutflowsToExecutePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePageRole(["CUSTOMER_SERVICE"], "/admin/outflows/execute");
  const page = parsePage((await searchParams).page);
  const [t, db] = await Promise.all([getTranslations("outflows"), getDb()]);
  const list = await listOutflowQueue(db, "execution", page, PAGE_SIZE);
  return (
    <ClientMessages namespaces={[...revealCardButtonMessages, ...transferSerialFormMessages]}>
      <QueueShell title={t("executeTitle")} list={list} basePath="/admin/outflows/execute" rows="cards" exportList="outflowsToExecute">
        {list.items.map((outflow) => {
          const events = offeredEvents("OUTFLOW", outflow, user, OFFERED);
          const transfer = mayPerform("OUTFLOW", outflow, "MARK_TRANSFERRED", user);
          return (
            <Card key={outflow.id}>
              <div className="space-y-4" data-testid="outflow-row">
                <OutflowSummary outflow={outflow}>
                  <RevealCardButton outflowId={outflow.id} />
                </OutflowSummary>
                {!transfer.ok && transfer.code === "SELF_TRANSFER" && <p className="text-sm text-amber-800">{t("ownApproval")}</p>}
                <div className="grid gap-4 md:grid-cols-2">
                  {events.includes("MARK_TRANSFERRED") && <TransferSerialForm outflowId={outflow.id} />}
                  {events.includes("FAIL") ? (
                    <DecisionForm
                      action={requestOutflowFailureAction}
                      hidden={{ outflowId: outflow.id }}
                      submitLabel={t("requestFail")}
                      confirmMessage={t("confirmFail")}
                      textLabel={t("failReason")}
                      variant="danger"
                      testId="fail-outflow-form"
                    />
                  ) : (
                    outflow.pendingRequests.includes("FAIL") && <p className="text-sm text-slate-600">{t("failPending")}</p>
                  )}
                </div>
              </div>
            </Card>
          );
        })}
      </QueueShell>
    </ClientMessages>
  );
}
