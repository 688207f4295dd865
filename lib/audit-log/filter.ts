import { type BusinessDate, compareBusinessDates, parseBusinessDate } from "@/lib/domain/dates";
import {
  AUDIT_ACTOR_FILTERS,
  AUDIT_SUBJECT_TYPES,
  type AuditAction,
  type AuditActorFilter,
  type AuditSubjectType,
  isAuditAction,
} from "./actions";

/** The audit log's filter, every field optional; dates are business dates, both ends included. */
export interface AuditFilter {
  action?: AuditAction;
  actorRole?: AuditActorFilter;
  from?: BusinessDate;
  to?: BusinessDate;
  subjectType?: AuditSubjectType;
  subjectId?: string;
}

/** A filter value that was ignored: the message key under "audit.problems" and its values. */
export interface FilterProblem {
  key: "action" | "actorRole" | "subjectType" | "from" | "to" | "range" | "subjectId";
  values: Record<string, string>;
}

type Query = Record<string, string | string[] | undefined>;

// Record ids are cuids or the settings' keys; the limit keeps a pasted essay out of the query.
const SUBJECT_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * Reads the filter from the page's query string. A value that is not one of the choices (or not a date,
 * or a start after the end) is left out and reported as a problem, so the page says what it ignored
 * instead of failing or silently listing everything.
 */
export function parseAuditFilter(input: Query): { filter: AuditFilter; problems: FilterProblem[] } {
  let query = input;
  const filter: AuditFilter = {};
  const problems: FilterProblem[] = [];
  const choice = <T extends string>(name: FilterProblem["key"], allowed: (v: string) => v is T): T | undefined => {
    const value = first(query[name]);
    if (value === undefined) return undefined;
    if (allowed(value)) return value;
    problems.push({ key: name, values: { value: shown(value) } });
    return undefined;
  };
  filter.action = choice("action", isAuditAction);
  filter.actorRole = choice("actorRole", (v): v is AuditActorFilter => (AUDIT_ACTOR_FILTERS as readonly string[]).includes(v));
  filter.subjectType = choice("subjectType", (v): v is AuditSubjectType => (AUDIT_SUBJECT_TYPES as readonly string[]).includes(v));
  // "targetId" was the parameter's earlier name: links and bookmarks made with it keep working.
  if (query.subjectId === undefined && query.targetId !== undefined) query = { ...query, subjectId: query.targetId };
  filter.subjectId = choice("subjectId", (v): v is string => SUBJECT_ID.test(v));
  filter.from = choice("from", (v): v is BusinessDate => parseBusinessDate(v) !== null);
  filter.to = choice("to", (v): v is BusinessDate => parseBusinessDate(v) !== null);
  if (filter.from && filter.to && compareBusinessDates(filter.from, filter.to) > 0) {
    problems.push({ key: "range", values: { from: filter.from, to: filter.to } });
    filter.from = undefined;
    filter.to = undefined;
  }
  for (const key of Object.keys(filter) as Array<keyof AuditFilter>) if (filter[key] === undefined) delete filter[key];
  return { filter, problems };
}

/** The filter as query parameters (for pagination links and the form's current values). */
export function auditFilterParams(filter: AuditFilter): Record<string, string | undefined> {
  return { ...filter };
}

function first(value: string | string[] | undefined): string | undefined {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  return v ? v : undefined;
}

function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
