import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
const ACTION_FILE = "app/[locale]/(per-user)/investor/investments/actions.ts";

/**
 * The id under which the production build serves placeInvestmentAction (.next/server/server-reference-manifest.json),
 * and a page whose worker has it: a browser's invest form posts it to the project page it is on.
 */
export function placeInvestmentActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string; workers: Record<string, unknown> }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, entry]) =>
      entry.exportedName === "placeInvestmentAction" && (entry.filename ?? ACTION_FILE).includes("investor/investments/actions"),
  );
  if (!found) throw new Error(`placeInvestmentAction is not in the build's server-reference manifest: rebuild (next build).`);
  return found[0];
}

/**
 * One investment through the server action over HTTP, as the invest form's fetch sends it: POST to the project
 * page with the action id, the React-encoded arguments (previous state null, then the form) and the session
 * cookie. Returns true when the action answered ok (the RSC payload's action result) or, for the investment that
 * fills the project, redirected the investor to their investments (Next.js answers a fetched action's redirect()
 * with the `x-action-redirect` header, not a 3xx); throws with the answer otherwise.
 */
export async function investThroughHttp(
  origin: string,
  actionId: string,
  cookie: string,
  projectId: string,
  amountYuan: string,
): Promise<boolean> {
  const body = new FormData();
  body.append("_1_projectId", projectId);
  body.append("_1_amount", amountYuan);
  body.append("_1_riskNotice", "on");
  body.append("0", JSON.stringify(["$undefined", "$K1"]));
  const response = await fetch(`${origin}/loans/${projectId}`, {
    method: "POST",
    headers: { "Next-Action": actionId, Accept: "text/x-component", cookie, Origin: origin },
    body,
    redirect: "manual",
  });
  const text = await response.text();
  if (response.ok && response.headers.get("x-action-redirect")?.includes("placed=filled")) return true;
  if (!response.ok) throw new Error(`The action answered ${response.status}: ${text.slice(0, 300)}`);
  if (!text.includes('"ok":true')) throw new Error(`The action refused: ${text.slice(0, 600)}`);
  return true;
}

/** Logs `email` in through the Auth.js API (CSRF token, then the credentials callback); the session's Cookie header. */
export async function sessionCookie(origin: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map(pairs(csrf.headers.getSetCookie()));
  const login = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar) },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  const location = login.headers.get("location") ?? "";
  if (login.status !== 302 || location.includes("error")) throw new Error(`Login of ${email} failed: ${login.status} → ${location}`);
  for (const [name, value] of pairs(login.headers.getSetCookie())) jar.set(name, value);
  return header(new Map([...jar].filter(([name]) => name.includes("session-token"))));
}

const pairs = (lines: readonly string[]): [string, string][] =>
  lines.map((line) => {
    const pair = line.split(";")[0] as string;
    const eq = pair.indexOf("=");
    return [pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()];
  });
const header = (jar: ReadonlyMap<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
