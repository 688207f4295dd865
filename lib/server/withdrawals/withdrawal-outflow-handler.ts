import { postEntry } from "@/lib/server/ledger";
import type { OutflowKindHandler } from "@/lib/server/outflows/kind-handler";
import { withdrawalReturnedEntry, withdrawalTransferEntry, withdrawalUnfreezeEntry } from "./withdrawal-entries";

/**
 * Withdrawals (提现): frozen → out through the gateway when transferred; frozen → available when rejected or
 * failed before the transfer; a transfer that bounced (FAIL after TRANSFERRED, its transferredAt kept) comes
 * back from the gateway to the available balance.
 */
export const withdrawalOutflowHandler: OutflowKindHandler = {
  async transferred(tx, outflow) {
    await postEntry(tx, withdrawalTransferEntry(outflow));
  },
  async released(tx, outflow) {
    await postEntry(tx, outflow.transferredAt ? withdrawalReturnedEntry(outflow) : withdrawalUnfreezeEntry(outflow));
  },
};
