// The messages deadline-countdown.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const deadlineCountdownMessages = ["loans.countdown.days", "loans.countdown.ended", "loans.countdown.hours"] as const;
