import { redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { auth } from "./auth";

export interface SessionUser {
  id: string;
  role: Role;
  name: string;
  email: string;
}

export { STAFF_ROLES } from "@/lib/shared/roles";

export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await auth();
  if (!session?.user?.id) return null;
  return { id: session.user.id, role: session.user.role, name: session.user.name ?? "", email: session.user.email ?? "" };
}

/** For pages: no session → login (coming back here afterwards); wrong role → the "no access" page. */
export async function requirePageRole(roles: readonly Role[], returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!roles.includes(user.role)) redirect("/forbidden");
  return user;
}
