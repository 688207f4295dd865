import type { Actor } from "@/lib/domain/permissions";
import { type Clock, today } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { forbidden, notFound } from "@/lib/server/errors";
import { type CsvWords, listCsv } from "./csv";
import { EXPORT_ROW_CAP, exportEntry } from "./registry";

/** A list's CSV download. */
export interface ListExport {
  /** "<list>-<business date>.csv". */
  filename: string;
  body: string;
  /** Rows written, and rows the whole list has (more than written when it passed the cap). */
  rows: number;
  total: number;
}

/**
 * The staff list `key` as CSV (lib/server/exports/registry.ts): NOT_FOUND for a key no list has, FORBIDDEN for
 * a role the entry does not name (the list's own service may check again). The whole list in its page's order
 * and with its page's filters (`query`), up to EXPORT_ROW_CAP rows; dates in the clock's business zone.
 */
export async function exportList(
  db: Db,
  viewer: Actor,
  key: string,
  query: URLSearchParams,
  words: CsvWords,
  clock: Clock,
): Promise<ListExport> {
  const entry = exportEntry(key);
  if (!entry) throw notFound();
  if (!entry.roles.includes(viewer.role)) throw forbidden();
  const { rows, total } = await entry.read({ db, viewer, query, clock }, EXPORT_ROW_CAP);
  return {
    filename: `${entry.key}-${today(clock)}.csv`,
    body: listCsv(entry.columns, rows, words, clock.zone),
    rows: rows.length,
    total,
  };
}
