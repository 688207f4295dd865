/**
 * Test support shared by the machine tests (imported only by *.test.ts files).
 * Each test file writes its expected transition table as a literal; these helpers then check EVERY
 * (status, event) pair against it, and every guard on both sides.
 */

import { describe, expect, it } from "vitest";
import type { AnyStateMachine } from "xstate";
import type { ApplyEventResult } from "../apply-event";
import type { EventMetaTable } from "../event-meta";

/** A context and an event under which the event's guard (if any) passes. */
export interface Passing<TContext, TEvent> {
  context: TContext;
  event: TEvent;
}

export interface MachineSpec<TStatus extends string, TEventType extends string, TContext, TEvent> {
  machine: AnyStateMachine;
  statuses: readonly TStatus[];
  events: readonly TEventType[];
  initial: TStatus;
  finals: readonly TStatus[];
  meta: EventMetaTable<TEventType>;
  apply: (status: TStatus, context: TContext, event: TEvent) => ApplyEventResult<TStatus>;
  passing: Record<TEventType, Passing<TContext, TEvent>>;
  /** [from, event, to] for every allowed transition; every other pair must be refused. */
  transitions: ReadonlyArray<readonly [TStatus, TEventType, TStatus]>;
}

export function checkMachineShape<S extends string, E extends string, C, V>(spec: MachineSpec<S, E, C, V>): void {
  describe("shape", () => {
    const states = spec.machine.states;

    it("has exactly the listed statuses, flat, with the listed initial and final ones", () => {
      expect(Object.keys(states).sort()).toEqual([...spec.statuses].sort());
      for (const node of Object.values(states)) expect(Object.keys(node.states)).toEqual([]);
      expect(spec.machine.root.initial.target.map((node) => node.key)).toEqual([spec.initial]);
      const finals = Object.values(states)
        .filter((node) => node.type === "final")
        .map((node) => node.key);
      expect(finals.sort()).toEqual([...spec.finals].sort());
    });

    it("uses exactly the listed events, each in the metadata table", () => {
      const used = new Set(Object.values(states).flatMap((node) => [...node.transitions.keys()]));
      expect([...used].sort()).toEqual([...spec.events].sort());
      expect(Object.keys(spec.meta).sort()).toEqual([...spec.events].sort());
    });

    it("leaves every final status without transitions", () => {
      for (const status of spec.finals) expect([...states[status].transitions.keys()]).toEqual([]);
    });

    it("routes every maker-checker event through customer service as the maker", () => {
      for (const meta of Object.values(spec.meta) as EventMetaTable<E>[E][]) {
        if (meta.makerChecker) expect(meta.performedBy).toEqual(["CUSTOMER_SERVICE"]);
        expect(meta.performedBy.length).toBeGreaterThan(0);
      }
    });
  });
}

export function checkEveryPair<S extends string, E extends string, C, V>(spec: MachineSpec<S, E, C, V>): void {
  const expected = new Map(spec.transitions.map(([from, event, to]) => [`${from} ${event}`, to]));

  it("lists each allowed pair once", () => {
    expect(expected.size).toBe(spec.transitions.length);
  });

  const pairs = spec.statuses.flatMap((status) => spec.events.map((event) => [status, event] as const));
  it.each(pairs)("%s + %s", (status, eventType) => {
    const { context, event } = spec.passing[eventType];
    const to = expected.get(`${status} ${eventType}`);
    const result = spec.apply(status, context, event);
    if (to === undefined) expect(result).toEqual({ ok: false, reason: "EVENT_NOT_ALLOWED" });
    else expect(result).toEqual({ ok: true, to });
  });
}

export interface GuardCase<TStatus extends string, TContext, TEvent> {
  guard: string;
  from: TStatus;
  passing: Passing<TContext, TEvent>;
  /** Each entry breaks the guard in one way; all must give GUARD_FAILED. */
  failing: ReadonlyArray<{ why: string } & Passing<TContext, TEvent>>;
}

export function checkGuards<S extends string, E extends string, C, V>(
  spec: MachineSpec<S, E, C, V>,
  cases: ReadonlyArray<GuardCase<S, C, V>>,
): void {
  it("has a case for every guarded transition", () => {
    const guarded = Object.values(spec.machine.states).flatMap((node) =>
      [...node.transitions.values()].flat().flatMap((t) => (t.guard ? [`${node.key} ${t.eventType} ${t.guard}`] : [])),
    );
    const covered = cases.map((c) => {
      const type = (c.passing.event as { type: string }).type;
      return `${c.from} ${type} ${c.guard}`;
    });
    expect([...new Set(covered)].sort()).toEqual(guarded.sort());
  });

  for (const c of cases) {
    const type = (c.passing.event as { type: string }).type;
    describe(`${c.from} + ${type} [${c.guard}]`, () => {
      it("passes", () => {
        expect(spec.apply(c.from, c.passing.context, c.passing.event).ok).toBe(true);
      });
      it.each(c.failing.map((f) => [f.why, f] as const))("refuses when %s", (_why, f) => {
        expect(spec.apply(c.from, f.context, f.event)).toEqual({ ok: false, reason: "GUARD_FAILED" });
      });
    });
  }
}
