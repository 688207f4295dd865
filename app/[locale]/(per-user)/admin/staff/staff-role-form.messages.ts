// The messages staff-role-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const staffRoleFormMessages = ["admin.changeRole", "admin.confirmRoleChange", "admin.role", "roles"] as const;
