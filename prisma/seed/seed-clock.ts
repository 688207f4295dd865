import type { Prisma } from "@/lib/generated/prisma/client";
import type { Clock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";

/**
 * The demo seed replays the demo's story through the real services, at the business times the story says
 * (a draft written 14 days ago, submitted 12 days ago, rejected 10 days ago…). Two pieces make that possible:
 *
 * - a settable clock, handed to the services that take a `clock` (publication date and deadline, submission
 *   date), which only moves forward as the story does;
 * - a database client whose row timestamps follow that clock: the services leave `createdAt` (history rows,
 *   audit rows, the draft itself) and `updatedAt` to their defaults, which are the machine's real time.
 *   Explicit values are kept; only top-level writes are stamped (the loan services use no nested ones).
 */
export interface SettableClock extends Clock {
  /** Moves the clock to `instant`; refuses to move it back, so the story is written in order. */
  set(instant: Date): void;
}

export function settableClock(start: Date, zone: string): SettableClock {
  let current = new Date(start);
  return {
    zone,
    now: () => new Date(current),
    set(instant) {
      if (Number.isNaN(instant.getTime())) throw new RangeError("Invalid instant");
      if (instant.getTime() < current.getTime()) {
        throw new Error(`The seed clock only moves forward (${current.toISOString()} → ${instant.toISOString()})`);
      }
      current = new Date(instant);
    },
  };
}

type Scalars<M extends Prisma.ModelName> = Prisma.TypeMap["model"][M]["payload"]["scalars"];
type ModelsWith<F extends string> = { [M in Prisma.ModelName]: F extends keyof Scalars<M> ? M : never }[Prisma.ModelName];

// Every model with the column, checked by the compiler: a new model with a createdAt must be listed here.
const CREATED_AT: Record<ModelsWith<"createdAt">, true> = {
  User: true,
  InvestorProfile: true,
  Company: true,
  AuthSession: true,
  StaffMfa: true,
  MfaRecoveryCode: true,
  MfaAttempt: true,
  LoanProject: true,
  Investment: true,
  Deposit: true,
  Outflow: true,
  BankCard: true,
  RepaymentInstalment: true,
  Repayment: true,
  StatusHistory: true,
  AuditLog: true,
  ReviewRequest: true,
  LedgerAccount: true,
  JournalEntry: true,
  Posting: true,
  StaffInvitation: true,
  OutboxEmail: true,
  Notification: true,
  StatementImport: true,
  ReconciliationDifference: true,
};
const UPDATED_AT: Record<ModelsWith<"updatedAt">, true> = {
  User: true,
  Company: true,
  PlatformSetting: true,
  LoanProject: true,
  Investment: true,
  Deposit: true,
  Outflow: true,
  RepaymentInstalment: true,
  ReconciliationDifference: true,
};

// Uploads have their own timestamp column.
const UPLOADED_AT: Record<ModelsWith<"uploadedAt">, true> = { CompanyDocument: true };

const has = (set: Record<string, true>, model: string | undefined) => model !== undefined && Object.hasOwn(set, model);

function stamp(model: string | undefined, data: unknown, at: Date, onCreate: boolean) {
  for (const row of Array.isArray(data) ? data : [data]) {
    if (typeof row !== "object" || row === null) continue;
    const fields = row as Record<string, unknown>;
    if (onCreate && has(CREATED_AT, model) && fields.createdAt === undefined) fields.createdAt = at;
    if (onCreate && has(UPLOADED_AT, model) && fields.uploadedAt === undefined) fields.uploadedAt = at;
    if (has(UPDATED_AT, model) && fields.updatedAt === undefined) fields.updatedAt = at;
  }
}

/**
 * `db` whose top-level creates and updates take their default `createdAt` / `updatedAt` from `clock`. For the
 * seed only: the services take the plain client type, which the extended client implements at run time.
 */
export function clockedDb(db: Db, clock: Clock): Db {
  const extended = db.$extends({
    name: "seed-clock",
    query: {
      $allModels: {
        create({ model, args, query }) {
          stamp(model, args.data, clock.now(), true);
          return query(args);
        },
        createMany({ model, args, query }) {
          stamp(model, args.data, clock.now(), true);
          return query(args);
        },
        createManyAndReturn({ model, args, query }) {
          stamp(model, args.data, clock.now(), true);
          return query(args);
        },
        upsert({ model, args, query }) {
          stamp(model, args.create, clock.now(), true);
          stamp(model, args.update, clock.now(), false);
          return query(args);
        },
        update({ model, args, query }) {
          stamp(model, args.data, clock.now(), false);
          return query(args);
        },
        updateMany({ model, args, query }) {
          stamp(model, args.data, clock.now(), false);
          return query(args);
        },
        updateManyAndReturn({ model, args, query }) {
          stamp(model, args.data, clock.now(), false);
          return query(args);
        },
      },
    },
  });
  return extended as unknown as Db;
}
