// The messages repay-forms.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const repayFormsMessages = [
  "repayments.pay.amount",
  "repayments.pay.amountHint",
  "repayments.pay.confirm",
  "repayments.pay.done",
  "repayments.pay.submit",
  "repayments.pay.submitting",
  "repayments.checkout.redirecting",
  "repayments.checkout.redirectLink",
  "repayments.checkout.submit",
  "repayments.checkout.submitting",
  "repayments.early.confirm",
  "repayments.early.done",
  "repayments.early.submit",
  "repayments.early.submitting",
  "repayments.settledNote",
] as const;
