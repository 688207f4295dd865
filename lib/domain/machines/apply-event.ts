import {
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type ContextFrom,
  type EventFromLogic,
  type SnapshotFrom,
  type StateValueFrom,
  transition,
} from "xstate";

export type ApplyEventRefusal = "EVENT_NOT_ALLOWED" | "GUARD_FAILED";

export type ApplyEventResult<TStatus extends string> = { ok: true; to: TStatus } | { ok: false; reason: ApplyEventRefusal };

/** The status names of a machine (its top-level state keys; the machines are flat). */
export type StatusOf<TMachine extends AnyStateMachine> = Extract<StateValueFrom<TMachine>, string>;

/**
 * Decides, without side effects, where `event` takes an entity that is in `status` with the facts in
 * `context`. Services call it before their conditional update (`where: { id, status }`):
 *
 * - EVENT_NOT_ALLOWED: the state has no transition for this event at all (e.g. PUBLISH on a DRAFT);
 *   a programming or stale-page error, whatever the context.
 * - GUARD_FAILED: the transition exists but a business rule refused it with these facts
 *   (e.g. SUBMIT while the company is on WATCH).
 *
 * It relies on the machines being flat (one level of states), which the machine tests check.
 * An unknown status (a corrupted row) throws: there is no sensible answer to return.
 */
export function applyEvent<TMachine extends AnyStateMachine>(
  machine: TMachine,
  status: StatusOf<TMachine>,
  context: ContextFrom<TMachine>,
  event: EventFromLogic<TMachine>,
): ApplyEventResult<StatusOf<TMachine>> {
  const stateNode = Object.hasOwn(machine.states, status) ? machine.states[status] : undefined;
  if (!stateNode) throw new RangeError(`Unknown status "${status}" for machine "${machine.id}"`);
  if (!stateNode.transitions.has(event.type)) return { ok: false, reason: "EVENT_NOT_ALLOWED" };

  const snapshot: AnyMachineSnapshot = machine.resolveState({ value: status, context });
  if (!snapshot.can(event)) return { ok: false, reason: "GUARD_FAILED" };

  // TypeScript cannot relate the generic machine to its own snapshot type; at runtime they are the same.
  const [next] = transition(machine, snapshot as SnapshotFrom<TMachine>, event);
  return { ok: true, to: (next as AnyMachineSnapshot).value as StatusOf<TMachine> };
}

/** Event names that have a transition out of `status`, guards not evaluated: for showing action buttons. */
export function eventTypesFrom<TMachine extends AnyStateMachine>(
  machine: TMachine,
  status: StatusOf<TMachine>,
): Array<EventFromLogic<TMachine>["type"]> {
  const stateNode = Object.hasOwn(machine.states, status) ? machine.states[status] : undefined;
  if (!stateNode) throw new RangeError(`Unknown status "${status}" for machine "${machine.id}"`);
  return [...stateNode.transitions.keys()];
}
