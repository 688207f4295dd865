import type { Actor } from "@/lib/domain/permissions";
import type { Db } from "@/lib/server/db/types";
import { listPage } from "@/lib/shared/pagination";
import { assertMayViewRecords, SECTION_PAGE_SIZE } from "./entity-ref";

/**
 * A loan project's investments, newest first, a page at a time, each with its investor's name (the real name
 * once verified, else the display name). Staff only ("records.view"); an unknown project has none.
 */
export async function listProjectInvestments(
  db: Db,
  actor: Pick<Actor, "role">,
  projectId: string,
  page: number,
  pageSize = SECTION_PAGE_SIZE,
) {
  assertMayViewRecords(actor);
  const where = { projectId };
  const result = await listPage(
    page,
    pageSize,
    (window) =>
      db.investment.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...window,
        select: {
          id: true,
          amountFen: true,
          status: true,
          createdAt: true,
          investor: { select: { id: true, displayName: true, investorProfile: { select: { realName: true } } } },
        },
      }),
    () => db.investment.count({ where }),
  );
  return {
    ...result,
    items: result.items.map(({ investor, ...investment }) => ({
      ...investment,
      investor: { id: investor.id, name: investor.investorProfile?.realName ?? investor.displayName },
    })),
  };
}
