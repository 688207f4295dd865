import { applyEvent } from "@/lib/domain/machines/apply-event";
import type { EntityType } from "@/lib/generated/prisma/client";
import { transitionAuditAction, writeAudit } from "@/lib/server/audit";
import { getClock } from "@/lib/server/clock";
import { isCheckViolationOf } from "@/lib/server/db/errors";
import { isTransaction } from "@/lib/server/db/transaction";
import type { Tx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { assertMay, type PermissionMode } from "./assert-may";
import type { EntityConfig } from "./define-entity";
import { type Actor, type ContextOf, type EntityTypes, type EventOf, type EventTypeOf, isStaff, type StatusOf } from "./types";

export interface TransitionInput<E extends EntityType> {
  entity: E;
  id: string;
  /** The event name, or the full event with its payload, e.g. { type: "CONFIRM_DISBURSED", externalSerial }. */
  event: EventTypeOf<E> | EventOf<E>;
  /** Who applies it; null = the system (jobs, verified gateway callbacks). */
  actor: Actor | null;
  /** Copied into the event (guards of REJECT / RETURN_FOR_REVISION read it) and the history row. */
  reason?: string;
  /**
   * Guard facts the database cannot give (see the machine's Context table), e.g.
   * { requiredFieldsValid: true } for SUBMIT or { now } for EXPIRE. Facts read from the database win.
   */
  context?: Partial<ContextOf<E>>;
  /** Extra column updates written with the status, e.g. { passedById } for PASS_PRELIMINARY. */
  data?: EntityTypes[E]["data"];
  /** Extra details for the audit-log row. */
  auditData?: Record<string, unknown>;
  /**
   * Events whose metadata says makerChecker are applied only by approving a review request; the approval
   * passes its id here. Without it such an event is FORBIDDEN.
   */
  reviewRequestId?: string;
  /** Take a row lock (SELECT … FOR UPDATE) before reading the row and its facts. */
  lockRow?: boolean;
}

export interface TransitionResult<E extends EntityType> {
  entity: E;
  id: string;
  event: EventTypeOf<E>;
  from: StatusOf<E>;
  to: StatusOf<E>;
}

interface Plan<E extends EntityType> extends TransitionResult<E> {
  machineEvent: EventOf<E>;
  reason?: string;
}

/**
 * Decides the transition without writing anything: loads the row (by id only: callers check ownership
 * first), checks who may raise the event (assertMay: role, stage owner, four eyes; FORBIDDEN, GUARD_FAILED,
 * SELF_APPROVAL), builds the machine context (database facts + caller facts), and asks the machine.
 * Throws NOT_FOUND, the permission refusals, TRANSITION_NOT_ALLOWED (no such transition from the current
 * status) or GUARD_FAILED (a business rule refused it), with params { entity, event, from }.
 * `mode` "request" checks the actor may open a review request for the event (createReviewRequest's dry run).
 */
export async function planTransitionOf<E extends EntityType>(
  config: EntityConfig<E>,
  tx: Tx,
  input: Omit<TransitionInput<E>, "data" | "auditData">,
  mode: PermissionMode = "apply",
): Promise<Plan<E>> {
  const machineEvent = machineEventOf(input);
  const eventType = machineEvent.type as EventTypeOf<E>;

  if (input.lockRow) {
    await tx.$queryRawUnsafe(`SELECT 1 FROM "${config.table}" WHERE "id" = $1 FOR UPDATE`, input.id);
  }
  const row = await config.load(tx, input.id);
  if (!row) throw new DomainError("NOT_FOUND", `${input.entity} ${input.id} not found`, {}, { entity: input.entity });
  assertMay(input.entity, row, eventType, input.actor, mode, { viaReviewRequest: input.reviewRequestId !== undefined });

  const facts = await config.facts(tx, row, eventType, input.actor);
  const context = { now: getClock().now(), ...input.context, ...facts };
  const result = applyEvent(config.machine, row.status, context, machineEvent);
  if (!result.ok) {
    const params = { entity: input.entity, event: eventType, from: row.status };
    // The feature may name the rule that refused (with its figures); the machine alone decided.
    const specific = result.reason === "GUARD_FAILED" ? config.refusal?.(context as Partial<ContextOf<E>>, eventType) : undefined;
    throw specific
      ? new DomainError(specific.code, specific.message, specific.fieldErrors, { ...params, ...specific.params })
      : refusal(result.reason, params);
  }
  return {
    entity: input.entity,
    id: input.id,
    event: eventType,
    from: row.status as StatusOf<E>,
    to: result.to as StatusOf<E>,
    machineEvent,
    reason: machineEvent.reason,
  };
}

/**
 * The one way any lifecycle status changes. Inside the caller's transaction:
 * 1. plan (see planTransition) — refusals change nothing;
 * 2. `UPDATE … SET status = to, …data WHERE id = ? AND status = from` — 0 rows → STALE_STATE (someone
 *    changed it between our read and our write; the page or job should reload and decide again);
 * 3. one StatusHistory row (from, to, event, actor, reason);
 * 4. one AuditLog row when the actor is staff (CUSTOMER_SERVICE, SUPERVISOR, ADMIN).
 * Who may raise the event is checked here (assertMay, from the machines' event metadata and
 * lib/domain/permissions; a makerChecker event is FORBIDDEN unless `reviewRequestId` is given); callers
 * check only ownership (a company's own project: NOT_FOUND otherwise).
 */
export async function applyTransitionOf<E extends EntityType>(
  config: EntityConfig<E>,
  tx: Tx,
  input: TransitionInput<E>,
): Promise<TransitionResult<E>> {
  assertInTransaction(tx);
  const plan = await planTransitionOf(config, tx, input);
  const params = { entity: plan.entity, event: plan.event, from: plan.from };
  let count: number;
  try {
    count = await config.update(tx, plan.id, plan.from, plan.to, input.data ?? {});
  } catch (error) {
    if (isCheckViolationOf(error, "ReviewRequest_checker_is_not_maker")) {
      throw new DomainError("SELF_APPROVAL", "A request cannot be decided by its maker", {}, params);
    }
    if (isCheckViolationOf(error, "LoanProject_publisher_is_not_passer")) {
      throw new DomainError("GUARD_FAILED", "The publisher passed the preliminary review", {}, params);
    }
    throw error;
  }
  if (count === 0) {
    throw new DomainError("STALE_STATE", `${plan.entity} ${plan.id} is no longer ${plan.from}`, {}, params);
  }

  await tx.statusHistory.create({
    data: {
      entityType: plan.entity,
      entityId: plan.id,
      fromStatus: plan.from,
      toStatus: plan.to,
      event: plan.event,
      actorId: input.actor?.id ?? null,
      reason: plan.reason ?? null,
    },
  });
  if (isStaff(input.actor)) {
    const { type: _type, reason: _reason, ...payload } = plan.machineEvent as { type: string; reason?: string };
    await writeAudit(tx, {
      actorId: input.actor.id,
      action: transitionAuditAction(plan.entity, plan.event),
      targetType: plan.entity,
      targetId: plan.id,
      data: {
        from: plan.from,
        to: plan.to,
        reason: plan.reason,
        ...(Object.keys(payload).length > 0 ? { payload } : {}),
        ...(input.reviewRequestId ? { reviewRequestId: input.reviewRequestId } : {}),
        ...(input.data ? { data: input.data } : {}),
        ...input.auditData,
      },
    });
  }
  return { entity: plan.entity, id: plan.id, event: plan.event, from: plan.from, to: plan.to };
}

/** The machine's event from a transition's `event` (name or full event), with the input's reason copied in. */
export function machineEventOf<E extends EntityType>(input: {
  event: EventTypeOf<E> | EventOf<E>;
  reason?: string;
}): EventOf<E> & { reason?: string } {
  const machineEvent = (typeof input.event === "string" ? { type: input.event } : { ...input.event }) as EventOf<E> & { reason?: string };
  if (input.reason !== undefined && machineEvent.reason === undefined) machineEvent.reason = input.reason;
  return machineEvent;
}

/** The DomainError for a machine's refusal: no such transition from the status, or a guard said no. */
export function refusal(reason: string, params: { entity: EntityType; event: string; from: string }): DomainError {
  return reason === "EVENT_NOT_ALLOWED"
    ? new DomainError("TRANSITION_NOT_ALLOWED", `${params.entity} ${params.event} is not possible from ${params.from}`, {}, params)
    : new DomainError("GUARD_FAILED", `${params.entity} ${params.event} from ${params.from} was refused by a rule`, {}, params);
}

/** A top-level client would make the update, the history and the audit row separate commits. */
export function assertInTransaction(tx: Tx): void {
  if (!isTransaction(tx)) {
    throw new Error("A transition must run inside a transaction: pass the `tx` of withTransaction");
  }
}
