import type { Role } from "@/lib/generated/prisma/enums";
import type { Viewer } from "./calls-to-action";

/**
 * What GET /api/viewer answers: the signed-in user as the header shows them (null for a visitor), whether a
 * staff member still owes the second factor (then the header offers only logout), and the viewer for calls to
 * action (lib/shared/calls-to-action.ts).
 */
export interface ViewerState {
  user: { name: string; role: Role; homePath: string } | null;
  halfSignedIn: boolean;
  viewer: Viewer;
}

/**
 * What GET /api/viewer sends: the state above and the server's clock at the answer (ISO 8601, the injectable
 * clock, test clock included). A cached page was rendered up to its age ago, or longer when served stale once
 * while it is rendered again: its countdowns run from this clock, not from the time the page carries.
 */
export interface ViewerAnswer extends ViewerState {
  now: string;
}

/** Until the browser has asked, and for a visitor: nobody signed in. */
export const VISITOR_STATE: ViewerState = { user: null, halfSignedIn: false, viewer: { kind: "visitor" } };
