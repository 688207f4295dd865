import "server-only";
import { notFound, unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ZodError, type z } from "zod";
import { userRolesFor } from "@/lib/domain/permissions";
import type { EntityType, Role } from "@/lib/generated/prisma/enums";
import { getSessionState, getSessionUser, type SessionState, type SessionUser } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import type { Db } from "@/lib/server/db/types";
import { isDomainError } from "@/lib/server/errors";
import type { ActionResult, ActionState } from "@/lib/shared/action-result";
import { type Capability, rolesWith } from "@/lib/shared/capabilities";
import { isStaffRole } from "@/lib/shared/roles";

type Translate = Awaited<ReturnType<typeof getTranslations>>;

export interface ActionContext<U> {
  user: U;
  db: Db;
  t: Translate;
}

interface ActionDefinition<S extends z.ZodType, T, U> {
  schema: S;
  handler: (input: z.infer<S>, ctx: ActionContext<U>) => Promise<T>;
  /** Translated message shown on success, e.g. "Saved". */
  successMessage?: string;
}

/** Plain object from a form: repeated keys become arrays, files stay files, empty files are dropped. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value !== "string" && value.size === 0 && !value.name) continue;
    if (key in result) {
      const existing = result[key];
      result[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
    } else {
      result[key] = value;
    }
  }
  return result;
}

function validationFailure(t: Translate, error: ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    // Length limits name their bound ("at most {max} characters"), see validation.tooLong; custom issues
    // may carry their placeholders as params (e.g. a loan amount's platform limits).
    const values = issue.code === "too_big" ? { max: String(issue.maximum) } : issue.code === "custom" ? issue.params : undefined;
    fieldErrors[field] = [...(fieldErrors[field] ?? []), translateKey(t, issue.message, values)];
  }
  return { ok: false, error: t("errors.VALIDATION"), fieldErrors };
}

function translateKey(t: Translate, key: string, params?: Record<string, string | number>): string {
  return t.has(key) ? t(key, params) : t("errors.VALIDATION");
}

/** The text fields of a submission, minus secrets: echoed back on failure. */
export function echoableValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !/password/i.test(key)) values[key] = value;
  }
  return values;
}

async function run<S extends z.ZodType, T, U>(
  definition: ActionDefinition<S, T, U>,
  user: U,
  formData: FormData,
): Promise<ActionResult<T>> {
  const result = await runUnechoed(definition, user, formData);
  return result.ok ? result : { ...result, values: echoableValues(formData) };
}

async function runUnechoed<S extends z.ZodType, T, U>(
  definition: ActionDefinition<S, T, U>,
  user: U,
  formData: FormData,
): Promise<ActionResult<T>> {
  const t = await getTranslations();
  const parsed = definition.schema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailure(t, parsed.error);
  try {
    const data = await definition.handler(parsed.data, { user, db: await getDb(), t });
    return { ok: true, data, message: definition.successMessage ? t(definition.successMessage) : undefined };
  } catch (error) {
    unstable_rethrow(error);
    // Handlers whose schema depends on the database (e.g. platform limits) parse inside the handler.
    if (error instanceof ZodError) return validationFailure(t, error);
    if (isDomainError(error)) {
      const fieldErrors = Object.fromEntries(
        Object.entries(error.fieldErrors).map(([field, keys]) => [field, keys.map((k) => translateKey(t, k, error.params))]),
      );
      return { ok: false, error: t(`errors.${error.code}`, error.params), fieldErrors };
    }
    console.error("Unexpected error in server action", error);
    return { ok: false, error: t("errors.UNEXPECTED"), fieldErrors: {} };
  }
}

/**
 * The submitted form, or a 404 when the request's arguments are not a form: only a hand-made request sends
 * anything else, and the framework offers 404 (notFound) as the one 4xx an action can answer. Without this a
 * JSON payload reaches `formData.entries()` and fails with a 500.
 */
export function requireFormData(formData: unknown): FormData {
  if (!(formData instanceof FormData)) notFound();
  return formData;
}

type FormAction<T> = (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;

/** An action anyone may call (registration, language switch). */
export function publicAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T, SessionUser | null>): FormAction<T> {
  return async (_previous, formData) => run(definition, await getSessionUser(), requireFormData(formData));
}

/**
 * An action for signed-in users with one of the given roles; checked on the server on every call. A staff
 * session that has not passed the second factor is refused with MFA_REQUIRED, before any input is read.
 */
export function roleAction<S extends z.ZodType, T>(roles: readonly Role[], definition: ActionDefinition<S, T, SessionUser>): FormAction<T> {
  return async (_previous, formData) => {
    requireFormData(formData);
    const user = await getSessionUser();
    if (!user || !roles.includes(user.role)) {
      const t = await getTranslations();
      return { ok: false, error: t(`errors.${user ? "FORBIDDEN" : await whyAnonymous(roles)}`), fieldErrors: {} };
    }
    return run(definition, user, formData);
  };
}

/**
 * An action that raises the lifecycle `event` of `entity` (or one of several, chosen by the form): its role gate
 * is the events' makers and performers from the machine's metadata (userRolesFor), the same source the
 * transition service checks.
 */
export function eventAction<S extends z.ZodType, T>(
  entity: EntityType,
  event: string | readonly string[],
  definition: ActionDefinition<S, T, SessionUser>,
): FormAction<T> {
  return roleAction(userRolesFor(entity, ...(typeof event === "string" ? [event] : event)), definition);
}

/** An action gated by a capability (lib/shared/capabilities.ts) rather than a lifecycle event. */
export function capabilityAction<S extends z.ZodType, T>(
  capability: Capability,
  definition: ActionDefinition<S, T, SessionUser>,
): FormAction<T> {
  return roleAction(rolesWith(capability), definition);
}

/** getSessionUser said "nobody": either nobody is signed in, or a staff member still owes the second factor. */
async function whyAnonymous(roles: readonly Role[]): Promise<"UNAUTHENTICATED" | "MFA_REQUIRED" | "FORBIDDEN"> {
  const pending = await getSessionState();
  if (!pending) return "UNAUTHENTICATED";
  return roles.includes(pending.user.role) ? "MFA_REQUIRED" : "FORBIDDEN";
}

/**
 * Only for the second-factor pages (enrolment and verification): a staff session whatever its MFA state.
 * The handler gets the whole SessionState, since it acts on this one server-side session.
 */
export function staffSessionAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T, SessionState>): FormAction<T> {
  return async (_previous, formData) => {
    const session = await getSessionState();
    if (!session || !isStaffRole(session.user.role)) {
      const t = await getTranslations();
      return { ok: false, error: t(session ? "errors.FORBIDDEN" : "errors.UNAUTHENTICATED"), fieldErrors: {} };
    }
    return run(definition, session, formData);
  };
}
