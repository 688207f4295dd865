import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Reading PostgreSQL errors through the layers that wrap them. The same violation reaches us in different
 * shapes depending on the driver adapter and the call:
 * - adapter-pg, model query:   PrismaClientKnownRequestError P2002 / P2034 with meta.driverAdapterError.cause
 * - adapter-pg, other states:  DriverAdapterError { cause: { kind: "postgres", code: "23514", message } }
 * - PGlite adapter, any state: DriverAdapterError { cause: { kind: "postgres", code: "23505" } } (no P2002!)
 * - $executeRaw:               PrismaClientKnownRequestError P2010 with meta.driverAdapterError.cause.code
 * - node-postgres / PGlite directly (tests): an error with a SQLSTATE `code` and a message.
 */
export interface PgErrorInfo {
  /** The SQLSTATE, e.g. "23505"; undefined when the error did not come from the database. */
  sqlState?: string;
  /** The constraint or index named in the message, when there is one. */
  constraint?: string;
  message: string;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

const PRISMA_CODE_TO_SQLSTATE: Record<string, string> = {
  P2002: "23505",
  P2003: "23503",
  P2011: "23502",
  P2034: "40001",
};

export function pgErrorInfo(error: unknown): PgErrorInfo {
  const messages: string[] = [];
  let sqlState: string | undefined;
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== "object" || depth > 5) return;
    const v = value as Record<string, unknown>;
    for (const key of ["originalCode", "code"]) {
      const code = v[key];
      if (!sqlState && typeof code === "string" && SQLSTATE.test(code) && !/^P[1-9]/.test(code)) sqlState = code;
    }
    for (const key of ["originalMessage", "message"]) {
      if (typeof v[key] === "string") messages.push(v[key] as string);
    }
    const meta = v.meta as Record<string, unknown> | undefined;
    if (meta?.driverAdapterError) visit(meta.driverAdapterError, depth + 1);
    if (v.cause) visit(v.cause, depth + 1);
  };
  visit(error, 0);
  if (!sqlState && error instanceof Prisma.PrismaClientKnownRequestError) {
    sqlState = PRISMA_CODE_TO_SQLSTATE[error.code];
  }
  let constraint: string | undefined;
  for (const message of messages) {
    const match = /constraint "([^"]+)"/.exec(message);
    if (match) {
      constraint = match[1];
      break;
    }
  }
  return { sqlState, constraint, message: messages.join(" | ") };
}

export const isUniqueViolationOf = (error: unknown, constraint?: string): boolean => {
  const info = pgErrorInfo(error);
  return info.sqlState === "23505" && (constraint === undefined || info.constraint === constraint);
};

export const isCheckViolationOf = (error: unknown, constraint?: string): boolean => {
  const info = pgErrorInfo(error);
  return info.sqlState === "23514" && (constraint === undefined || info.constraint === constraint);
};

/** Serialization failure or deadlock: the whole transaction may simply be run again. */
export const isRetryableDbError = (error: unknown): boolean => {
  if (error instanceof RetryableConflictError) return true;
  const { sqlState } = pgErrorInfo(error);
  return sqlState === "40001" || sqlState === "40P01";
};

/**
 * Thrown by a service that detected a concurrent writer it cannot resolve inside the current
 * transaction (e.g. a concurrent journal entry with the same idempotency key that is not visible yet).
 * `withTransaction` runs the transaction again; the retry then sees the other writer's committed result.
 */
export class RetryableConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RetryableConflictError";
  }
}
