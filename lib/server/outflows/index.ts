export { approveOutflow } from "./approve-outflow";
export { outflowApprovalHandlers } from "./fail-approval";
export type { OutflowChangeContext, OutflowKindHandler } from "./kind-handler";
export { outflowAwaitsDecision, outflowAwaitsTransfer } from "./outflow-stages";
export { recordOutflowTransfer } from "./record-outflow-transfer";
export { rejectOutflow } from "./reject-outflow";
export { requestOutflowFailure } from "./request-outflow-failure";
export { type RevealedCard, revealOutflowCard } from "./reveal-outflow-card";
export { normalizeTransferSerial } from "./transfer-serial";
