import { eventTypesFrom } from "@/lib/domain/machines/apply-event";
import { machines } from "@/lib/domain/machines/catalogue";
import type { ActorRole } from "@/lib/domain/machines/event-meta";
import type { EntityType, Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";
import type { EntityRules, RefusalCode } from "./entity-rules";
import { entityRules } from "./registry";

/** What an actor may do with an event: apply it, or (maker-checker events) open a review request for it. */
export type Permission = { ok: true; via: "direct" | "review-request" } | { ok: false; code: RefusalCode; reason: string };

export interface PermissionRow {
  status: string;
  /** Maker-checker events with a pending review request on this row, when the caller knows them. */
  pendingRequests?: readonly string[];
  [field: string]: unknown;
}

export interface MayOptions {
  /**
   * The event is being applied by approving its review request: the request's own APPROVE was checked
   * (a supervisor, not its maker), so the event's performedBy (the maker's role) is not asked again.
   */
  viaReviewRequest?: boolean;
}

/** The system (null actor) raises the events whose metadata names SYSTEM or GATEWAY. */
const SYSTEM_ROLES: readonly ActorRole[] = ["SYSTEM", "GATEWAY"];

/**
 * The roles who raise `event` of `entity` from `status` (the stage owner where one is set, else the event
 * metadata's performedBy). For a maker-checker event these are the makers: they open the review request.
 */
export function rolesFor(entity: EntityType, event: string, status?: string): readonly ActorRole[] {
  const rules = entityRules[entity];
  const meta = machines[entity].eventMeta[event];
  if (!meta) return [];
  return (status !== undefined ? rules.events?.[event]?.rolesAt?.[status] : undefined) ?? meta.performedBy;
}

/** The user roles (no SYSTEM or GATEWAY) who raise `event` from any status: an action wrapper's role gate. */
export function userRolesFor(entity: EntityType, ...events: string[]): Role[] {
  const rules = entityRules[entity];
  const roles = new Set<Role>();
  for (const event of events) {
    const meta = machines[entity].eventMeta[event];
    if (!meta) throw new RangeError(`${entity} has no event ${event}`);
    for (const role of [...meta.performedBy, ...Object.values(rules.events?.[event]?.rolesAt ?? {}).flat()]) {
      if (!SYSTEM_ROLES.includes(role)) roles.add(role as Role);
    }
  }
  return [...roles];
}

/**
 * Whether `actor` (null = the system) may raise `event` on `row` of `entity`: the role (stage owner or
 * event metadata), then, if the event leaves row.status, the entity's conditions (four eyes, own request).
 * Does not refuse an event the status does not allow, nor evaluate the machine's guards: the transition
 * service does (TRANSITION_NOT_ALLOWED, GUARD_FAILED), and availableEvents filters by status itself.
 * Refusals: FORBIDDEN (role or stage), GUARD_FAILED / SELF_APPROVAL / FORBIDDEN (a condition's code),
 * DUPLICATE_PENDING_REQUEST (a maker-checker event already requested, when row.pendingRequests says so).
 */
export function mayPerform(
  entity: EntityType,
  row: PermissionRow,
  event: string,
  actor: Actor | null,
  options: MayOptions = {},
): Permission {
  const rules: EntityRules = entityRules[entity];
  const { machine, eventMeta } = machines[entity];
  const meta = eventMeta[event];
  if (!meta) return { ok: false, code: "FORBIDDEN", reason: `${entity} has no event ${event}` };
  const via = meta.makerChecker ? "review-request" : "direct";
  if (meta.makerChecker && options.viaReviewRequest) return { ok: true, via: "direct" };

  const roles = rolesFor(entity, event, row.status);
  if (actor === null) {
    return roles.some((role) => SYSTEM_ROLES.includes(role))
      ? { ok: true, via }
      : { ok: false, code: "FORBIDDEN", reason: `${entity} ${event} is not raised by the system` };
  }
  if (!(roles as readonly string[]).includes(actor.role)) {
    return { ok: false, code: "FORBIDDEN", reason: `${actor.role} may not raise ${entity} ${event} from ${row.status}` };
  }
  // Conditions speak of the row in a status the event leaves; from any other status the machine refuses
  // (TRANSITION_NOT_ALLOWED), which says more than a condition would.
  if (!eventTypesFrom(machine, row.status).includes(event)) return { ok: true, via };
  for (const condition of rules.events?.[event]?.conditions ?? []) {
    if (!condition.holds(row, actor)) return { ok: false, code: condition.code, reason: `${entity} ${event}: only ${condition.label}` };
  }
  if (meta.makerChecker && row.pendingRequests?.includes(event)) {
    return { ok: false, code: "DUPLICATE_PENDING_REQUEST", reason: `${entity} ${event} is already requested` };
  }
  return { ok: true, via };
}

/**
 * The events `actor` may raise on `row` now, in the machine's order: those with a transition out of
 * row.status (guards not evaluated) that mayPerform allows. Maker-checker events are included for their
 * makers (the page offers "request …"). Pages render their buttons from this list.
 */
export function availableEvents(entity: EntityType, row: PermissionRow, actor: Actor | null): string[] {
  return eventTypesFrom(machines[entity].machine, row.status).filter((event) => mayPerform(entity, row, event, actor).ok);
}
