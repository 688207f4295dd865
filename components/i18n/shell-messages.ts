import { errorPageMessages } from "@/app/[locale]/error.messages";
import { heroActionsMessages } from "@/components/home/hero-actions.messages";
import { notFoundCardMessages } from "@/components/layout/not-found-card.messages";
import { sessionNavMessages } from "@/components/layout/session-nav.messages";
import { viewerCallToActionMessages } from "@/components/layout/viewer-call-to-action.messages";
import { deadlineCountdownMessages } from "@/components/loans/deadline-countdown.messages";
import { projectCardListMessages } from "@/components/loans/project-card-list.messages";

/**
 * The messages every page ships (the root layout's provider): those of the client components that the layout
 * renders or that sit on many pages (header links, calls to action, listing countdowns, the error and 404 pages).
 * Any other client component gets its own through <ClientMessages> where it is rendered.
 */
export const SHELL_MESSAGES = [
  ...sessionNavMessages,
  ...viewerCallToActionMessages,
  ...heroActionsMessages,
  ...notFoundCardMessages,
  ...deadlineCountdownMessages,
  ...projectCardListMessages,
  ...errorPageMessages,
] as const;
