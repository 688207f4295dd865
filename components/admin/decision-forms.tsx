import { Fragment, type ReactNode } from "react";
import { DecisionForm, type DecisionFormProps } from "./decision-form";

/** One decision a page offers for an event: its form, and what stands before it (dates it would set…). */
export type Decision = Omit<DecisionFormProps<null>, "hidden"> & { before?: ReactNode };

/**
 * The decisions `actor` may take, one form each, in the order of `events` (from offeredEvents, i.e. the
 * machine and lib/domain/permissions): pages keep one table event → decision, never a block per event.
 */
export function DecisionForms<E extends string>({
  events,
  decisions,
  hidden,
}: {
  events: readonly E[];
  decisions: Readonly<Record<E, Decision | readonly Decision[]>>;
  hidden: Record<string, string>;
}) {
  return (
    <>
      {events.flatMap((event) =>
        ([] as Decision[]).concat(decisions[event]).map(({ before, ...decision }) => (
          <Fragment key={decision.testId ?? decision.submitLabel}>
            {before}
            <DecisionForm {...decision} hidden={hidden} />
          </Fragment>
        )),
      )}
    </>
  );
}
