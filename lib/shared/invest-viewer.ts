import type { Viewer } from "./calls-to-action";

/** Whether the invest form is offered to this viewer: a verified investor (others get the call to action). */
export function mayInvest(viewer: Viewer): boolean {
  return viewer.kind === "investor" && viewer.verified;
}
