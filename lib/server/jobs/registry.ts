import { UnknownJobError } from "./errors";
import { expireDepositsJob } from "./expire-deposits";
import { failExpiredFundraisingJob } from "./fail-expired-fundraising";
import { markOverdueJob } from "./mark-overdue";
import { pruneLoginAttemptsJob } from "./prune-login-attempts";
import { sendEmailsJob } from "./send-emails";
import type { JobDefinition } from "./types";

/** Every job, by name. Adding a job: one file beside this one exporting its JobDefinition, one line here. */
export const JOBS: readonly JobDefinition[] = [
  pruneLoginAttemptsJob,
  expireDepositsJob,
  failExpiredFundraisingJob,
  markOverdueJob,
  sendEmailsJob,
];

export const jobNames = (): string[] => JOBS.map((job) => job.name);

/** The job called `name`; throws UnknownJobError (listing the known names) when there is none. */
export function findJob(name: string): JobDefinition {
  const job = JOBS.find((candidate) => candidate.name === name);
  if (!job) throw new UnknownJobError(name, jobNames());
  return job;
}
