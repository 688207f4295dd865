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

/** Until the browser has asked, and for a visitor: nobody signed in. */
export const VISITOR_STATE: ViewerState = { user: null, halfSignedIn: false, viewer: { kind: "visitor" } };
