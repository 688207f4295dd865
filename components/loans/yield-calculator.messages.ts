// The messages yield-calculator.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const yieldCalculatorMessages = [
  "calculator",
  "loans.method",
  "loans.schedule.dueDate",
  "loans.schedule.interest",
  "loans.schedule.number",
  "loans.schedule.principal",
  "loans.schedule.remaining",
  "loans.schedule.roundingNote",
  "loans.schedule.total",
  "loans.schedule.totals",
] as const;
