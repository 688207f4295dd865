// The messages investment-records.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const investmentRecordsMessages = ["loans.detail.investments"] as const;
