import type { CompanyStatus } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/server/db/types";
import { listPage } from "@/lib/shared/pagination";

/**
 * Companies in one status, by name, one page: where customer service finds a company on watch or blacklisted to
 * file its status request. Uses the (status, createdAt) index for the filter.
 */
export async function listCompaniesByStatus(db: DbOrTx, status: CompanyStatus, page: number, pageSize = 20) {
  const where = { status };
  return listPage(
    page,
    pageSize,
    (window) =>
      db.company.findMany({
        where,
        orderBy: [{ name: "asc" }, { id: "asc" }],
        ...window,
        select: { id: true, name: true, creditCode: true, industry: true, activatedAt: true },
      }),
    () => db.company.count({ where }),
  );
}
