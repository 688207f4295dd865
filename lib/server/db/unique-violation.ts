import { Prisma } from "@/lib/generated/prisma/client";

/** A unique-constraint violation (Prisma P2002), e.g. two registrations racing for one e-mail. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
