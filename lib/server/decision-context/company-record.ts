import type { Db } from "@/lib/server/db/types";
import { notFound } from "@/lib/server/errors";
import { loadCompanyRecords } from "./company-records";

/** One company's decision record (see loadCompanyRecords); NOT_FOUND for an unknown id. */
export async function getCompanyRecord(db: Db, companyId: string) {
  const record = (await loadCompanyRecords(db, [companyId])).get(companyId);
  if (!record) throw notFound();
  return record;
}
