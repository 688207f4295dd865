import { applyEvent } from "@/lib/domain/machines/apply-event";
import type { EntityType } from "@/lib/generated/prisma/client";
import { transitionAuditAction } from "@/lib/server/audit";
import { getClock } from "@/lib/server/clock";
import type { Tx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { assertInTransaction, machineEventOf, refusal } from "./apply-transition";
import { assertMay } from "./assert-may";
import type { EntityConfig } from "./define-entity";
import { type Actor, type ContextOf, type EventOf, type EventTypeOf, isStaff, type StatusOf } from "./types";

export interface TransitionManyInput<E extends EntityType> {
  entity: E;
  /** The rows to move, all expected in `from`; duplicates are ignored. */
  ids: readonly string[];
  from: StatusOf<E>;
  /** The event name, or the full event with its payload (the same for every row). */
  event: EventTypeOf<E> | EventOf<E>;
  /** Who applies it; null = the system (jobs, verified gateway callbacks). */
  actor: Actor | null;
  reason?: string;
  /** Guard facts the database cannot give, shared by every row. Facts read from the database win. */
  context?: Partial<ContextOf<E>>;
  /** Extra details for each audit-log row. */
  auditData?: Record<string, unknown>;
  /** When it happens (the caller's clock): the guards' `now` and the history and audit rows' time. Default: the server's clock. */
  now?: Date;
}

export interface TransitionManyResult<E extends EntityType> {
  entity: E;
  event: EventTypeOf<E>;
  from: StatusOf<E>;
  to: StatusOf<E>;
  /** How many rows moved (every id given, or the call throws). */
  count: number;
}

/**
 * applyTransition for many rows of one entity and one status at once, for the system's sweeps (issue 10: refunds
 * of a failed project's investments, settlements): one machine decision for the group (its facts read at once,
 * BulkConfig.groupFacts), one conditional `UPDATE … WHERE id = ANY(ids) AND status = from`, and the history and
 * audit rows inserted by one statement each. All or nothing, inside the caller's transaction: if any row is no
 * longer in `from` (or does not exist) STALE_STATE is thrown and the caller's transaction rolls back.
 * Throws as applyTransition does: TRANSITION_NOT_ALLOWED, GUARD_FAILED, FORBIDDEN (a makerChecker event),
 * with params { entity, event, from }. Only entities with a `bulk` config (defineEntity) can be moved this way.
 */
export async function applyTransitionManyOf<E extends EntityType>(
  config: EntityConfig<E>,
  tx: Tx,
  input: TransitionManyInput<E>,
): Promise<TransitionManyResult<E>> {
  assertInTransaction(tx);
  if (!config.bulk) throw new Error(`${input.entity} has no bulk transitions (its defineEntity has no \`bulk\`)`);
  const machineEvent = machineEventOf(input);
  const eventType = machineEvent.type as EventTypeOf<E>;
  const params = { entity: input.entity, event: eventType, from: input.from };
  // Rows of one status share the role and stage rules; the bulk entities have no per-row conditions.
  assertMay(input.entity, { status: input.from }, eventType, input.actor, "apply");
  const ids = [...new Set(input.ids)];
  const none = { entity: input.entity, event: eventType, from: input.from, to: input.from, count: 0 };
  if (ids.length === 0) return none;

  const now = input.now ?? getClock().now();
  const facts = await config.bulk.groupFacts(tx, ids, eventType, input.actor);
  const result = applyEvent(config.machine, input.from, { now, ...input.context, ...facts }, machineEvent);
  if (!result.ok) throw refusal(result.reason, params);
  const to = result.to as StatusOf<E>;

  // table and statusType are constants of the entity's defineEntity; every value is a parameter.
  const { table } = config;
  const { statusType } = config.bulk;
  const count = await tx.$executeRawUnsafe(
    `UPDATE "${table}" SET "status" = $1::"${statusType}", "updatedAt" = $2
     WHERE "id" = ANY($3::text[]) AND "status" = $4::"${statusType}"`,
    to,
    now,
    ids,
    input.from,
  );
  if (count !== ids.length) {
    throw new DomainError(
      "STALE_STATE",
      `${ids.length - count} of ${ids.length} ${input.entity} rows are no longer ${input.from}`,
      {},
      params,
    );
  }

  const actorId = input.actor?.id ?? null;
  const reason = machineEvent.reason ?? null;
  await tx.$executeRaw`
    INSERT INTO "StatusHistory" ("entityType", "entityId", "fromStatus", "toStatus", "event", "actorId", "reason", "createdAt")
    SELECT ${input.entity}::"EntityType", v."id", ${input.from}, ${to}, ${eventType}, ${actorId}, ${reason}, ${now}
    FROM unnest(${ids}::text[]) AS v("id")`;
  if (isStaff(input.actor)) {
    const { type: _type, reason: _reason, ...payload } = machineEvent as { type: string; reason?: string };
    const data = JSON.stringify(
      {
        from: input.from,
        to,
        reason: machineEvent.reason,
        ...(Object.keys(payload).length > 0 ? { payload } : {}),
        ...input.auditData,
        bulk: ids.length,
      },
      (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value),
    );
    await tx.$executeRaw`
      INSERT INTO "AuditLog" ("actorId", "action", "targetType", "targetId", "data", "createdAt")
      SELECT ${input.actor.id}, ${transitionAuditAction(input.entity, eventType)}, ${input.entity}, v."id", ${data}::jsonb, ${now}
      FROM unnest(${ids}::text[]) AS v("id")`;
  }
  return { ...none, to, count };
}
