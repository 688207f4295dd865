import { isUniqueViolationOf } from "@/lib/server/db/errors";

/**
 * A unique-constraint violation, e.g. two registrations racing for one e-mail. adapter-pg reports it as
 * P2002, the PGlite adapter as a bare DriverAdapterError with SQLSTATE 23505: both count.
 */
export function isUniqueViolation(error: unknown): boolean {
  return isUniqueViolationOf(error);
}
