/** A job name that is not in the registry (CLI: exit 1; route: 404). `known` lists the registered names. */
export class UnknownJobError extends Error {
  constructor(
    readonly jobName: string,
    readonly known: readonly string[],
  ) {
    super(`Unknown job "${jobName}". Known jobs: ${known.join(", ")}`);
    this.name = "UnknownJobError";
  }
}
