// The messages document-delete-button.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const documentDeleteButtonMessages = ["company.confirmDelete", "company.delete"] as const;
