import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { isStaffRole } from "@/lib/shared/roles";

/**
 * Stand-ins for the framework edges of a server action or page, so the matrix tests can call app modules
 * directly (not through HTTP and proxy.ts, which would hide the module's own check). Everything between the
 * edges is the real code: define-action, session.ts, the services and the test database.
 *
 * Use in a test file (vi.mock is hoisted, so the factories import this module lazily):
 *   vi.mock("server-only", () => ({}));
 *   vi.mock("@/lib/server/auth/auth", async () => (await import("./framework")).authModule());
 *   vi.mock("@/lib/server/db", async () => (await import("./framework")).dbModule());
 *   vi.mock("next/cache", async () => (await import("./framework")).cacheModule());
 *   vi.mock("next/navigation", async () => (await import("./framework")).navigationModule());
 *   vi.mock("next/headers", async () => (await import("./framework")).headersModule());
 *   vi.mock("next-intl/server", async () => (await import("./framework")).intlModule());
 *   vi.mock("next-auth", async () => (await import("./framework")).nextAuthModule());
 */

export interface SessionPerson {
  id: string;
  role: Role;
  email: string;
  displayName: string;
}

/** What `auth()` returns for a signed-in person. */
export interface FakeSession {
  user: { id: string; role: Role; name: string; email: string };
  expires: string;
  [fact: string]: unknown;
}

export const framework = {
  db: undefined as PrismaClient | undefined,
  session: null as FakeSession | null,
  cookies: new Map<string, string>(),
};

/**
 * Session facts beyond the user, as the session callback adds them: the server-side session id and where the
 * session stands on the staff second factor (issue 7 §4). Every test person has passed it; code that does not
 * read these facts ignores them. A test of a staff session still owing its code passes `extra`.
 */
export function sessionFacts(person: SessionPerson): Record<string, unknown> {
  return { sid: `authz-test-session-${person.id}`, mfa: isStaffRole(person.role) ? "VERIFIED" : "NOT_REQUIRED" };
}

/**
 * THE one place a test session is built, in the shape Auth.js's `auth()` returns (see types/next-auth.d.ts and
 * the jwt/session callbacks). `extra` overrides top-level facts per call (e.g. { mfa: "VERIFY" }).
 */
export function sessionFor(person: SessionPerson, extra: Record<string, unknown> = {}): FakeSession {
  return {
    user: { id: person.id, role: person.role, name: person.displayName, email: person.email },
    expires: new Date(Date.now() + 60 * 60 * 1000).toISOString(),
    ...sessionFacts(person),
    ...extra,
  };
}

/** Sign in as this person for the following calls; `null` is a visitor. */
export function signInAs(person: SessionPerson | null, extra: Record<string, unknown> = {}) {
  framework.session = person ? sessionFor(person, extra) : null;
}

/** Thrown by the fake `redirect()`: the action or page ended by sending the browser to `url`. */
export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect(${url})`);
  }
}

/** Thrown by the fake `notFound()`. */
export class NotFoundSignal extends Error {
  constructor() {
    super("notFound()");
  }
}

const notFoundResponse = async () => new Response(null, { status: 404 });

export function authModule() {
  return {
    auth: async () => framework.session,
    // The actions sign in (registration, login) and out (logout, password change): the real ones need a request.
    signIn: async () => undefined,
    signOut: async () => {
      framework.session = null;
    },
    handlers: { GET: notFoundResponse, POST: notFoundResponse },
  };
}

/** next-auth's error classes (the package itself imports "next/server", which plain Node cannot resolve). */
export function nextAuthModule() {
  class AuthError extends Error {
    type = "AuthError";
  }
  class CredentialsSignin extends AuthError {
    code = "credentials";
  }
  return { AuthError, CredentialsSignin, default: () => ({}) };
}

export function dbModule() {
  return {
    async getDb() {
      if (!framework.db) throw new Error("framework.db is not set: call useTestDatabase() first");
      return framework.db;
    },
  };
}

export function cacheModule() {
  return { revalidatePath: () => undefined, revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn };
}

export function navigationModule() {
  const isSignal = (error: unknown) => error instanceof RedirectSignal || error instanceof NotFoundSignal;
  return {
    redirect: (url: string): never => {
      throw new RedirectSignal(url);
    },
    permanentRedirect: (url: string): never => {
      throw new RedirectSignal(url);
    },
    notFound: (): never => {
      throw new NotFoundSignal();
    },
    unstable_rethrow: (error: unknown) => {
      if (isSignal(error)) throw error;
    },
  };
}

export function headersModule() {
  const store = {
    get: (name: string) => (framework.cookies.has(name) ? { name, value: framework.cookies.get(name) } : undefined),
    getAll: () => [...framework.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => framework.cookies.has(name),
    set: (name: string, value: string) => {
      framework.cookies.set(name, value);
    },
    delete: (name: string) => {
      framework.cookies.delete(name);
    },
  };
  // Each call comes from its own client address (the socket address the server stamps), so the per-client
  // registration and verification limits never decide a cell of the matrix.
  let client = 0;
  const nextAddress = () => {
    client += 1;
    return `198.18.${Math.floor(client / 250) % 250}.${(client % 250) + 1}`;
  };
  return { cookies: async () => store, headers: async () => new Headers({ "x-lending-socket-address": nextAddress() }) };
}

/** A key-echo translator: `t("FORBIDDEN")` in namespace "errors" is "errors.FORBIDDEN", so outcomes are readable codes. */
export function translator(namespace?: string) {
  const key = (k: string) => (namespace ? `${namespace}.${k}` : k);
  const t = (k: string) => key(k);
  return Object.assign(t, { has: () => true, rich: t, markup: t, raw: t });
}

export function intlModule() {
  const ns = (arg?: string | { namespace?: string }) => (typeof arg === "string" ? arg : arg?.namespace);
  return {
    getTranslations: async (arg?: string | { namespace?: string }) => translator(ns(arg)),
    getLocale: async () => "zh-CN",
    getMessages: async () => ({}),
    getNow: async () => new Date(),
    getTimeZone: async () => "Asia/Shanghai",
    getFormatter: async () => ({
      dateTime: (d: Date) => d.toISOString(),
      number: (n: number) => String(n),
      relativeTime: (d: Date) => d.toISOString(),
      list: (items: string[]) => items.join(", "),
    }),
    setRequestLocale: () => undefined,
  };
}

// ---- Observing an outcome ------------------------------------------------------------------------------

export type ObservedOutcome = "ok" | "login" | "forbidden" | "notFound" | "redirect";

export interface Observed {
  outcome: ObservedOutcome;
  /** The call did what it is for: an ok result or a redirect onwards (not a validation or domain error). */
  succeeded: boolean;
  detail: string;
}

const isLoginRedirect = (url: string) => url === "/login" || url.startsWith("/login?callbackUrl=");

/** Classifies what a server action answered or threw. */
export function observeAction(result: unknown, thrown?: unknown): Observed {
  if (thrown !== undefined) {
    if (thrown instanceof RedirectSignal) {
      if (isLoginRedirect(thrown.url)) return { outcome: "login", succeeded: false, detail: thrown.message };
      if (thrown.url.startsWith("/forbidden")) return { outcome: "forbidden", succeeded: false, detail: thrown.message };
      return { outcome: "ok", succeeded: true, detail: thrown.message };
    }
    if (thrown instanceof NotFoundSignal) return { outcome: "notFound", succeeded: false, detail: thrown.message };
    throw thrown;
  }
  if (result === undefined || result === null) return { outcome: "ok", succeeded: true, detail: "returned nothing" };
  const r = result as { ok: boolean; error?: string; fieldErrors?: Record<string, string[]> };
  if (r.ok) return { outcome: "ok", succeeded: true, detail: "ok" };
  const detail = `${r.error} ${JSON.stringify(r.fieldErrors ?? {})}`;
  if (r.error === "errors.UNAUTHENTICATED") return { outcome: "login", succeeded: false, detail };
  if (r.error === "errors.FORBIDDEN") return { outcome: "forbidden", succeeded: false, detail };
  if (r.error === "errors.NOT_FOUND") return { outcome: "notFound", succeeded: false, detail };
  return { outcome: "ok", succeeded: false, detail };
}

/** Classifies what a page's default export returned or threw: a redirect that is no refusal is "redirect". */
export function observePage(thrown?: unknown): Observed {
  if (thrown === undefined) return { outcome: "ok", succeeded: true, detail: "rendered" };
  const observed = observeAction(undefined, thrown);
  return observed.outcome === "ok" ? { ...observed, outcome: "redirect" } : observed;
}

// ---- The database must not change on a refusal --------------------------------------------------------

let digestSql: string | undefined;

/**
 * One md5 per table over all its rows (in a stable order), in one query: equal digests before and after a
 * call mean the call wrote nothing. Returns { table: digest }.
 */
export async function databaseDigest(db: PrismaClient): Promise<Record<string, string>> {
  if (!digestSql) {
    const tables = await db.$queryRaw<{ name: string }[]>`
      SELECT table_name::text AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
    digestSql = `SELECT ${tables
      .map(({ name }) => `(SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "${name}" t) AS "${name}"`)
      .join(", ")}`;
  }
  const [row] = await db.$queryRawUnsafe<Record<string, string>[]>(digestSql);
  return row;
}
