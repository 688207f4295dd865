import { Prisma } from "@/lib/generated/prisma/client";
import type { LoanStatus } from "@/lib/generated/prisma/enums";

/**
 * `p."status" IN (…)` over LoanStatus values, each bound as an untyped parameter cast to the enum: the
 * parameter itself takes the enum type, so the database compares enum values (no cast per row) and can match
 * the statuses against a partial index's predicate or a (status, …) index. `column` is trusted SQL.
 */
export function loanStatusIn(column: Prisma.Sql, statuses: readonly LoanStatus[]): Prisma.Sql {
  if (statuses.length === 0) throw new Error("loanStatusIn needs at least one status");
  return statuses.length === 1
    ? Prisma.sql`${column} = CAST(${statuses[0]} AS "LoanStatus")`
    : Prisma.sql`${column} IN (${Prisma.join(statuses.map((s) => Prisma.sql`CAST(${s} AS "LoanStatus")`))})`;
}
