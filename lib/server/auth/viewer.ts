import { companyMayBorrow } from "@/lib/domain/machines/company";
import type { DbOrTx } from "@/lib/server/db/types";
import { type Viewer, viewerFor } from "@/lib/shared/calls-to-action";
import type { SessionState } from "./session";

/**
 * Who is looking, for calls to action (lib/shared/calls-to-action.ts): one small read for an investor
 * (verified?) or a company (may it borrow?), none for visitors and staff. A staff member still owing the
 * second factor counts as staff: /admin takes them to that step.
 *
 * `session`: the caller's, already read (GET /api/viewer reads it once for the header too).
 */
export async function getViewer(db: DbOrTx, session: SessionState | null): Promise<Viewer> {
  if (!session) return viewerFor(null);
  const { id, role } = session.user;
  if (role === "INVESTOR") {
    const profile = await db.investorProfile.findUnique({ where: { userId: id }, select: { verifiedAt: true } });
    return viewerFor(role, { verified: Boolean(profile?.verifiedAt) });
  }
  if (role === "COMPANY") {
    const company = await db.company.findUnique({ where: { userId: id }, select: { status: true } });
    return viewerFor(role, { mayBorrow: company ? companyMayBorrow(company.status) : false });
  }
  return viewerFor(role);
}
