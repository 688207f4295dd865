// The messages resend-invitation-button.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const resendInvitationButtonMessages = ["invitations.confirmResend", "invitations.resend", "invitations.resent"] as const;
