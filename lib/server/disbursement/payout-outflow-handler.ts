import type { OutflowKindHandler } from "@/lib/server/outflows/kind-handler";

/** Loan payouts (放款): escrow → the company's card less the fee, when CS confirms the transfer (CONFIRM_DISBURSED). */
export const payoutOutflowHandler: OutflowKindHandler = {
  async transferred() {
    throw new Error("payout transfer is not built yet (issue 11 item 6)");
  },
  async released() {
    throw new Error("payout release is not built yet (issue 11 item 6)");
  },
};
