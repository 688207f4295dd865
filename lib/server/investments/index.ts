export { cancelInvestment } from "./cancel-investment";
export { confirmInvestment } from "./confirm-investment";
export { getInvestContext, type InvestContext } from "./invest-context";
export { type InvestmentToReview, listInvestmentsToReview, listOwnInvestments, type OwnInvestment } from "./list-investments";
export { type PlacedInvestment, type PlaceInvestmentInput, placeInvestment } from "./place-investment";
export { rejectInvestment } from "./reject-investment";
