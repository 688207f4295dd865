import { isProductionDeployment } from "./app-url";

/**
 * Outside a production deployment no e-mail leaves the machine (there is no sender yet), so the demo and
 * development servers print links to their own log: whoever runs `npm start` can follow them. A production
 * deployment never logs them, since a link in a log is a secret readable by whoever reads the logs.
 */
export function logLinkOutsideProduction(description: string, link: string, env: Record<string, string | undefined> = process.env) {
  if (isProductionDeployment(env)) return;
  console.info(`[outbox] ${description}: ${link}`);
}
