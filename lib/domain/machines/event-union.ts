/**
 * Builds a machine's event union from its event names plus the extra payload some events carry.
 * Every event may carry a `reason`, which services copy into the status-history row.
 * The mapped type yields one member per event name, which XState needs to narrow events in guards.
 */
export type EventUnion<TType extends string, TPayloads extends Partial<Record<TType, object>> = Record<never, never>> = {
  [K in TType]: { type: K; reason?: string } & (K extends keyof TPayloads ? TPayloads[K] : unknown);
}[TType];
