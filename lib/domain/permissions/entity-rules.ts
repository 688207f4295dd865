import type { ActorRole } from "@/lib/domain/machines/event-meta";
import type { Actor } from "./actor";

/** The error code a refused permission maps to (the same codes as the services' DomainError). */
export type RefusalCode = "FORBIDDEN" | "GUARD_FAILED" | "SELF_APPROVAL" | "SELF_TRANSFER" | "DUPLICATE_PENDING_REQUEST";

/**
 * A condition on who acts on which row, beyond role and status: four eyes (maker ≠ checker), "only its
 * maker", "nothing pending already". `label` names it in the permission matrix (docs/permissions.md).
 */
export interface Condition<Row> {
  label: string;
  /** False refuses the event with `code`. An unknown fact (undefined) must not count as satisfied. */
  // A method, not a function property: a rule written for its entity's row type fits the registry's wider one.
  holds(row: Row, actor: Actor): boolean;
  code: RefusalCode;
}

export interface EventRule<Row> {
  /**
   * Roles per status where the stage decides who acts, overriding the event metadata's performedBy for that
   * status, e.g. only a supervisor returns or rejects a loan project in final review (复审).
   */
  rolesAt?: Readonly<Record<string, readonly ActorRole[]>>;
  conditions?: readonly Condition<Row>[];
}

/**
 * One entity's permission rules, per event, for what its machine (which events leave which status) and event
 * metadata (who performs each event, which go through maker-checker; lib/domain/machines/catalogue.ts) cannot
 * say. These rules and the machines are the only place "who may fire which event from which status" is written.
 */
export interface EntityRules<Row extends { status: string } = { status: string }> {
  events?: Readonly<Record<string, EventRule<Row>>>;
}
