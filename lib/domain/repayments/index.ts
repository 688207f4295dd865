export { allocateRepayment, type InstalmentAllocation, type OwedInstalment, type OwedParts, sumParts, ZERO_PARTS } from "./allocate";
export { type AllocationOrder, AllocationOrders, COMPONENTS_IN_ORDER } from "./allocation-order";
export { type DatedOwedInstalment, type Payable, payableNow } from "./payable";
export {
  type ClaimShare,
  type ClaimWeights,
  type InstalmentSplit,
  managementFeeFen,
  splitInstalmentPayment,
} from "./split-among-claims";
