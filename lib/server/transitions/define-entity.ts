import type { AnyStateMachine } from "xstate";
import { machines } from "@/lib/domain/machines/catalogue";
import type { EventMeta } from "@/lib/domain/machines/event-meta";
import type { EntityType } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/types";
import type { DomainError } from "@/lib/server/errors";
import type { Actor, ContextOf, EntityTypes, StatusOf } from "./types";

export type StatusRow = { id: string; status: string };

/**
 * What the generic transition service needs to know about one entity type: its table, machine and event
 * metadata, how to read and conditionally update its row, and the guard facts its feature derives from the
 * database. Facts derived here always win over facts a caller supplies (a caller cannot forge them); facts
 * the database cannot give (e.g. "required fields valid", repayment state) come from the caller.
 * Built by defineEntity in the entity's feature folder; lib/server/lifecycle assembles them.
 */
export interface EntityConfig<E extends EntityType = EntityType, Row extends StatusRow = StatusRow> {
  entity: E;
  /** The table, for `SELECT … FOR UPDATE` and bulk updates. A constant, never user input. */
  table: string;
  machine: AnyStateMachine;
  eventMeta: Readonly<Record<string, EventMeta>>;
  load(tx: Tx, id: string): Promise<Row | null>;
  /** Conditional on the old status; returns the number of rows changed (0 = someone changed it first). */
  update(tx: Tx, id: string, from: StatusOf<E>, to: StatusOf<E>, data: EntityTypes[E]["data"]): Promise<number>;
  facts(tx: Tx, row: Row, eventType: string, actor: Actor | null): Promise<Partial<ContextOf<E>>>;
  /** Why a guard refused `eventType` with these facts, when the feature can say more than GUARD_FAILED. */
  refusal?(context: Partial<ContextOf<E>>, eventType: string): DomainError | undefined;
  /** Set for the entities moved in bulk (applyTransitionMany): refunds and settlements of investments. */
  bulk?: BulkConfig<E>;
}

export interface BulkConfig<E extends EntityType> {
  /** The status column's PostgreSQL enum type, for the one conditional UPDATE. A constant, never user input. */
  statusType: string;
  /**
   * The guard facts of a group of rows, read from the database at once: the facts every row shares, or, when
   * the rows disagree, facts under which the machine refuses (one row's own decision must not pass for all).
   */
  groupFacts(tx: Tx, ids: readonly string[], eventType: string, actor: Actor | null): Promise<Partial<ContextOf<E>>>;
}

/** The slice of a Prisma model delegate (`tx.company`, `tx.loanProject` …) the transition service uses. */
export interface StatusTable<E extends EntityType, Row> {
  findUnique(args: { where: { id: string } }): PromiseLike<Row | null>;
  updateMany(args: { where: { id: string; status: StatusOf<E> }; data: EntityTypes[E]["data"] }): PromiseLike<{ count: number }>;
}

export interface EntitySpec<E extends EntityType, Row extends StatusRow> {
  table: string;
  /** The model's delegate on the transaction, e.g. `(tx) => tx.company`. */
  rows(tx: Tx): StatusTable<E, Row>;
  /** The guard facts the feature reads from the database for `eventType` (none when omitted). */
  facts?(tx: Tx, row: Row, eventType: string, actor: Actor | null): Promise<Partial<ContextOf<E>>>;
  /**
   * Why the machine's guard refused `eventType` given the facts it read, as a specific DomainError (e.g. "on the
   * platform 5 months; 12 needed"); undefined leaves the generic GUARD_FAILED. Never decides anything itself.
   */
  refusal?(context: Partial<ContextOf<E>>, eventType: string): DomainError | undefined;
  bulk?: BulkConfig<E>;
}

/**
 * One entity's transition config from its table, its Prisma delegate and its feature's guard facts; the
 * machine and event metadata come from the machine catalogue (lib/domain/machines/catalogue.ts).
 */
export function defineEntity<E extends EntityType, Row extends StatusRow>(entity: E, spec: EntitySpec<E, Row>): EntityConfig<E, Row> {
  const { machine, eventMeta } = machines[entity];
  return {
    entity,
    table: spec.table,
    machine,
    eventMeta,
    load: async (tx, id) => spec.rows(tx).findUnique({ where: { id } }),
    update: async (tx, id, from, to, data) =>
      (await spec.rows(tx).updateMany({ where: { id, status: from }, data: { ...data, status: to } })).count,
    facts: async (tx, row, eventType, actor) => (await spec.facts?.(tx, row, eventType, actor)) ?? {},
    refusal: spec.refusal,
    bulk: spec.bulk,
  };
}

/** Every entity type's config: what createTransitionService is given. */
export type EntityRegistry = { readonly [E in EntityType]: EntityConfig<E> };
