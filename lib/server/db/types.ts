import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** Services take the database explicitly, so tests hand them a fresh one and callers can pass a transaction. */
export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;
export type DbOrTx = Db | Tx;
