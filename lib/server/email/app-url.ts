// Relative to the configured base, so an APP_URL with a path prefix (https://example.com/lend) keeps it.
const relative = (pathname: string) => pathname.replace(/^\/+/, "");

/**
 * The absolute address of a page for links in e-mails. It comes from configuration (APP_URL, e.g.
 * https://lend.example.com), never from the request's Host or X-Forwarded-Host: whoever sends the request
 * that triggers an e-mail (say, an admin inviting a staff member) must not be able to point the link at a
 * server of their own and collect the token. Outside a production deployment it defaults to localhost.
 * Throws when a production deployment has no valid APP_URL.
 */
export function appUrl(pathname: string, env: Record<string, string | undefined> = process.env): string {
  const configured = env.APP_URL?.trim();
  if (configured) {
    let base: URL;
    try {
      base = new URL(configured);
    } catch {
      throw new Error(`APP_URL is not a valid URL: "${configured}"`);
    }
    if (base.protocol !== "https:" && base.protocol !== "http:") throw new Error("APP_URL must start with https:// or http://");
    const prefix = base.pathname.endsWith("/") ? base.pathname : `${base.pathname}/`;
    return new URL(relative(pathname), base.origin + prefix).toString();
  }
  if (isProductionDeployment(env)) throw new Error("APP_URL must be set in production (the public address used in e-mailed links).");
  return new URL(relative(pathname), `http://localhost:${env.PORT ?? 3000}/`).toString();
}

/** A production deployment = a production build on PostgreSQL (as in security/secrets.ts); `npm start` on PGlite is the demo. */
export function isProductionDeployment(env: Record<string, string | undefined> = process.env): boolean {
  return env.NODE_ENV === "production" && /^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? "");
}
