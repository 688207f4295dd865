import { isDomainError } from "@/lib/server/errors";

/**
 * Awaits a promise that must reject with a DomainError and returns its code and field errors, for
 * `toEqual`/`toMatchObject`; anything else (resolving, another error) fails the test.
 */
export async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isDomainError(error)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return { code: error.code, fieldErrors: error.fieldErrors };
}
