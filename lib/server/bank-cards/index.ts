export { assertMayBindBankCard, type BankCardOwner, loadBankCardOwner } from "./bank-card-owner";
export { type BankCardsOverview, bankCardsOverview } from "./bank-cards-overview";
export { bindBankCard } from "./bind-bank-card";
export { type BankCardView, listBankCards } from "./list-bank-cards";
export { lockBankCard } from "./lock-bank-card";
export { OUTFLOW_IN_PROGRESS } from "./outflows-in-progress";
export { unbindBankCard } from "./unbind-bank-card";
