import type { DbOrTx } from "@/lib/server/db/types";
import { notFound } from "@/lib/server/errors";

/** A company's own loan request; any other id — someone else's or none — is NOT_FOUND. */
export async function findOwnLoanRequest(db: DbOrTx, userId: string, projectId: string) {
  const project = await db.loanProject.findFirst({ where: { id: projectId, company: { userId } } });
  if (!project) throw notFound();
  return project;
}
