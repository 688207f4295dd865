import { type LoanProjectEventType, loanProjectEventMeta } from "@/lib/domain/machines/loan-project";
import type { Role } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/server/db/types";
import { forbidden, notFound } from "@/lib/server/errors";

export interface Actor {
  id: string;
  role: Role;
}

/** The acting user's role must be one the machine's metadata names for the event (DESIGN "Who" column). */
export function requireEventRole(event: LoanProjectEventType, actor: Actor) {
  if (!(loanProjectEventMeta[event].performedBy as readonly string[]).includes(actor.role)) throw forbidden();
}

/** A company's own loan request; any other id — someone else's or none — is NOT_FOUND. */
export async function findOwnLoanRequest(db: DbOrTx, userId: string, projectId: string) {
  const project = await db.loanProject.findFirst({ where: { id: projectId, company: { userId } } });
  if (!project) throw notFound();
  return project;
}
