import { deadlineCountdownMessages } from "./deadline-countdown.messages";

// The messages project-card-list.tsx uses: only its cards' countdowns (every other word comes pre-translated in
// its props). In the shell's list (components/i18n/shell-messages.ts); checked by tests/unit/client-messages.test.ts.
export const projectCardListMessages = [...deadlineCountdownMessages] as const;
