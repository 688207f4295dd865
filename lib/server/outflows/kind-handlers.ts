import type { OutflowKind } from "@/lib/generated/prisma/client";
import { payoutOutflowHandler } from "@/lib/server/disbursement/payout-outflow-handler";
import { withdrawalOutflowHandler } from "@/lib/server/withdrawals/withdrawal-outflow-handler";
import type { OutflowKindHandler } from "./kind-handler";

/**
 * Every outflow kind's money handling (withdrawals: lib/server/withdrawals; payouts: lib/server/disbursement).
 * Looked up at call time, not gathered into an object when this module loads: the handlers import the lifecycle,
 * which imports this module, so a process that loads a handler first would find it still undefined here
 * (e2e: a worker that ran disbursement.spec before repayment.spec).
 */
export function outflowKindHandler(kind: OutflowKind): OutflowKindHandler {
  switch (kind) {
    case "WITHDRAWAL":
      return withdrawalOutflowHandler;
    case "PAYOUT":
      return payoutOutflowHandler;
  }
}
