import type { OutflowKindHandler } from "@/lib/server/outflows/kind-handler";

/** Withdrawals (提现): frozen → out through the gateway when transferred, frozen → available when released. */
export const withdrawalOutflowHandler: OutflowKindHandler = {
  async transferred() {
    throw new Error("withdrawal transfer is not built yet (issue 11 item 8)");
  },
  async released() {
    throw new Error("withdrawal release is not built yet (issue 11 item 8)");
  },
};
