// The messages unrouted-query-notice.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const unroutedQueryNoticeMessages = ["loans.filterIgnored.heading", "loans.filterIgnored.unknown"] as const;
