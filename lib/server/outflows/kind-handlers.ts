import type { OutflowKind } from "@/lib/generated/prisma/client";
import { payoutOutflowHandler } from "@/lib/server/disbursement/payout-outflow-handler";
import { withdrawalOutflowHandler } from "@/lib/server/withdrawals/withdrawal-outflow-handler";
import type { OutflowKindHandler } from "./kind-handler";

/** Every outflow kind's money handling (withdrawals: lib/server/withdrawals; payouts: lib/server/disbursement). */
export const OUTFLOW_KIND_HANDLERS: Readonly<Record<OutflowKind, OutflowKindHandler>> = {
  WITHDRAWAL: withdrawalOutflowHandler,
  PAYOUT: payoutOutflowHandler,
};
