import type { RecordType } from "@/lib/server/entity-records";

/** Where each record's status labels already are (one list per machine, shared with the other pages). */
const STATUS_MESSAGES: Record<RecordType, string> = {
  LOAN_PROJECT: "loans.status",
  COMPANY: "company.status",
  INVESTMENT: "investing.status",
  DEPOSIT: "deposits.status",
  OUTFLOW: "withdrawals.status",
};

interface RootTranslator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/** A status in the reader's language; the code itself when it has no label (a status newer than the messages). */
export function statusLabel(t: RootTranslator, type: RecordType, status: string): string {
  const key = `${STATUS_MESSAGES[type]}.${status}`;
  return t.has(key) ? t(key) : status;
}

/**
 * A machine event in the reader's language: the audit log's label of "<ENTITY>.<EVENT>" (every event has one);
 * "created" for the row a record's creation writes (event CREATE, from no status), which no machine raises.
 */
export function eventLabel(t: RootTranslator, type: string, event: string): string {
  const key = `audit.actions.${type}.${event}.label`;
  if (t.has(key)) return t(key);
  return event === "CREATE" ? t("entity.history.created") : event;
}

/** Who did it: "Name (role)", the system, or a user deleted since. */
export function actorLabel(t: RootTranslator, actor: { name: string; role: string } | null, actorId: string | null): string {
  if (actor) return t("entity.actor", { name: actor.name, role: t(`roles.${actor.role}`) });
  return t(actorId ? "entity.deletedActor" : "entity.system");
}

/** The page's query, one value per key (Next.js may give arrays), for links that keep the other lists' pages. */
export type Query = Record<string, string | string[] | undefined>;

export function flatQuery(query: Query): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/** A stored business date (a `@db.Date` column, read as UTC midnight) as "YYYY-MM-DD": the same day everywhere. */
export function storedDate(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "—";
}
