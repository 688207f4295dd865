/** Who raises an event. GATEWAY is the payment platform's signed callback; SYSTEM is our own jobs and services. */
export const ActorRoles = ["COMPANY", "INVESTOR", "CUSTOMER_SERVICE", "SUPERVISOR", "SYSTEM", "GATEWAY"] as const;
export type ActorRole = (typeof ActorRoles)[number];

export interface EventMeta {
  /** Roles allowed to raise the event directly, or — when makerChecker — to open the review request. */
  performedBy: readonly ActorRole[];
  /**
   * True when the event is only applied by approving a review request: customer service opens it (maker),
   * a supervisor who is not the maker approves it (checker), and the approval applies the event.
   */
  makerChecker: boolean;
}

export type EventMetaTable<TEventType extends string> = Readonly<Record<TEventType, EventMeta>>;

/** Shorthands so the per-machine tables read like the design's "Who" column. */
export const by = (...performedBy: ActorRole[]): EventMeta => ({ performedBy, makerChecker: false });
export const csRequestSupApproval: EventMeta = { performedBy: ["CUSTOMER_SERVICE"], makerChecker: true };
