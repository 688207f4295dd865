import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The one shape of "who is acting" (issue 10): a signed-in user's id and role. Services that the system
 * also drives (jobs, verified gateway callbacks) take `Actor | null`, null meaning the system.
 */
export interface Actor {
  id: string;
  role: Role;
}
