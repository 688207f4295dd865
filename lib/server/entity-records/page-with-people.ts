import type { Db } from "@/lib/server/db/types";
import { listPage, type Page } from "@/lib/shared/pagination";
import { type People, peopleByIds } from "./people-by-ids";

/**
 * One page of a record section's rows with the people they name, read in one query for the whole page (the
 * status history, audit rows and review requests each name their actors by id): `rows` reads the window
 * (in the section's order), `count` counts the same rows without it, `idsOf` says which users a stored row
 * names and `toRow` builds the section's row from it and them (a user deleted since is absent from `people`).
 * The caller checks the reader's right first; page and size are as listPage takes them.
 */
export async function pageWithPeople<T, R>(
  db: Db,
  page: number,
  pageSize: number,
  read: {
    rows: (window: { skip: number; take: number }) => Promise<T[]>;
    count: () => Promise<number>;
    idsOf: (row: T) => readonly string[];
    toRow: (row: T, people: People) => R;
  },
): Promise<Page<R>> {
  const result = await listPage(page, pageSize, read.rows, read.count);
  const people = await peopleByIds(db, result.items.flatMap(read.idsOf));
  return { ...result, items: result.items.map((row) => read.toRow(row, people)) };
}
