import type { Role } from "@/lib/generated/prisma/enums";
import { isHighlightedAuditAction } from "@/lib/shared/audit-actions";
import { ALL_ROLES } from "@/lib/shared/roles";
import { isAuditAction, TRANSITION_EVENTS } from "./actions";
import { firstOpenPage, type SubjectPage } from "./subject-pages";

/** A loan project as an audit entry names it; `isPublic` = its public page (/loans/[id]) shows it. */
export interface LoanProjectRef {
  id: string;
  title: string;
  isPublic: boolean;
}

/**
 * What an audit row points at, resolved by the read service (lib/server/audit/list-audit-log.ts).
 * `label` is the subject's own name (company name, project title, staff member's name, setting key);
 * null when the row is gone. A review request carries what it asks for; an investment its project.
 */
export interface AuditSubject {
  type: string;
  id: string;
  label: string | null;
  /** LOAN_PROJECT only. */
  isPublic?: boolean;
  /** USER only: their role now. */
  role?: Role;
  /** REVIEW_REQUEST only: the event it applies when approved, on which record. */
  request?: { targetType: string; targetId: string; action: string; label: string | null; isPublic?: boolean };
  /** INVESTMENT only. */
  project?: LoanProjectRef;
}

/** One audit row as the page reads it. `data` is the row's JSON details as written (see the callers of writeAudit). */
export interface AuditEntry {
  id: string;
  action: string;
  createdAt: Date;
  actorId: string | null;
  /** Null: the system (jobs, gateway callbacks) or a user deleted since. */
  actor: { name: string; role: Role } | null;
  subject: AuditSubject;
  data: unknown;
}

/** A translator over the whole message tree (next-intl's `getTranslations()` or `createTranslator`). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * An entry as a sentence: the message `key` (under "audit.actions", with `<link>` around the subject) and its
 * `values`; `href` is the subject's page when the reader may open it; `reason` the maker's words, if any.
 */
export interface AuditSentence {
  key: string;
  values: Record<string, string | number>;
  href: string | null;
  reason: string | null;
  highlighted: boolean;
}

/** The message key of an action's short label (the filter's choices); "other action" for an unknown code. */
export function actionLabelKey(action: string): string {
  return `audit.actions.${isAuditAction(action) ? action : "unknown"}.label`;
}

/**
 * Builds the sentence of one audit entry for a reader of role `reader` (links only to pages that role may
 * open, see SUBJECT_PAGES). Pure: names, roles and labels are translated with `t`. An action this code does
 * not know (a row written by a newer version) gets the generic sentence.
 */
export function describeAuditEntry(entry: AuditEntry, reader: Role, t: Translate): AuditSentence {
  const data = asRecord(entry.data);
  const actor = entry.actor
    ? t("audit.actor", { role: t(`roles.${entry.actor.role}`), name: entry.actor.name })
    : t(entry.actorId === null ? "audit.system" : "audit.deletedActor");
  const subject = entry.subject;
  const base = { actor, subject: subjectName(subject) };
  const reason = text(data.reason);
  const sentence = (key: string, values: Record<string, string | number> = {}, href = subjectHref(subject, reader)) => ({
    key: `audit.actions.${key}`,
    values: { ...base, ...values },
    href,
    reason,
    highlighted: isHighlightedAuditAction(entry.action),
  });
  if (!isAuditAction(entry.action)) return sentence("unknown.sentence", { action: entry.action });

  switch (entry.action) {
    case "STAFF_CREATED":
      return sentence("STAFF_CREATED.sentence", { role: roleLabel(t, data.role) });
    case "STAFF_UPDATED": {
      const from = asRecord(data.from);
      const to = asRecord(data.to);
      const roleChanged = from.role !== to.role;
      const accessChanged = from.disabled !== to.disabled;
      const values = { fromRole: roleLabel(t, from.role), toRole: roleLabel(t, to.role) };
      if (roleChanged && !accessChanged) return sentence("STAFF_UPDATED.role", values);
      if (accessChanged && !roleChanged) return sentence(to.disabled ? "STAFF_UPDATED.disabled" : "STAFF_UPDATED.enabled", values);
      return sentence("STAFF_UPDATED.sentence", values);
    }
    case "SUPERVISOR_GRANTED":
      return typeof data.fromRole === "string"
        ? sentence("SUPERVISOR_GRANTED.sentence", { fromRole: roleLabel(t, data.fromRole) })
        : sentence("SUPERVISOR_GRANTED.new");
    case "STAFF_MFA_RECOVERY_CODE_USED":
      return sentence("STAFF_MFA_RECOVERY_CODE_USED.sentence", { count: numberOr(data.recoveryCodesLeft, 0) });
    case "STAFF_MFA_RESET":
      return sentence("STAFF_MFA_RESET.sentence", { sessions: numberOr(data.sessionsEnded, 0) });
    case "SETTINGS_UPDATED":
      return sentence("SETTINGS_UPDATED.sentence", { setting: subject.id });
    case "COMPANY_CREDIT_CODE_CHECKSUM_CONFIRMED":
      return sentence("COMPANY_CREDIT_CODE_CHECKSUM_CONFIRMED.sentence", { creditCode: text(data.creditCode) ?? "" });
    case "BANK_CARD_BOUND":
    case "BANK_CARD_UNBOUND":
      return sentence(`${entry.action}.sentence`, { bank: text(data.bankName) ?? "", last4: text(data.last4) ?? "" });
    case "REVIEW_REQUEST.CREATE":
      return requestSentence(sentence, t, entry.action, data, subject, reader);
    case "REVIEW_REQUEST.APPROVE":
    case "REVIEW_REQUEST.REJECT":
    case "REVIEW_REQUEST.CANCEL":
      return requestSentence(sentence, t, entry.action, subject.request ?? {}, subject, reader);
    default:
      return sentence(`${entry.action}.sentence`);
  }
}

type SentenceOf = (key: string, values?: Record<string, string | number>, href?: string | null) => AuditSentence;

/** A review request is told by what it asks for ("activate company X") and links to that record. */
function requestSentence(
  sentence: SentenceOf,
  t: Translate,
  action: string,
  asked: { targetType?: unknown; targetId?: unknown; action?: unknown },
  subject: AuditSubject,
  reader: Role,
): AuditSentence {
  const targetType = text(asked.targetType) ?? "";
  const targetId = text(asked.targetId) ?? "";
  const requested = `${targetType}.${text(asked.action) ?? ""}`;
  const request = isTransition(requested) ? t(actionLabelKey(requested)) : requested;
  // The request's subject: the CREATE row's details name it; later rows take it from the request itself.
  const target: AuditSubject =
    subject.request && subject.request.targetId === targetId
      ? { type: targetType, id: targetId, label: subject.request.label, isPublic: subject.request.isPublic }
      : { type: targetType, id: targetId, label: null };
  return sentence(`${action}.sentence`, { request, subject: subjectName(target) }, subjectHref(target, reader));
}

function isTransition(action: string): boolean {
  const [entity, event] = action.split(".");
  const events = (TRANSITION_EVENTS as Record<string, readonly string[]>)[entity ?? ""];
  return Boolean(events && event && events.includes(event));
}

/** The subject's name, or a short form of its id when it has none (a deposit) or is gone. */
export function subjectName(subject: Pick<AuditSubject, "id" | "label" | "project">): string {
  if (subject.label) return subject.label;
  if (subject.project) return subject.project.title;
  return `#${subject.id.slice(-8)}`;
}

/** Where the reader can see the subject: staff pages for records under review, the public page once published. */
export function subjectHref(subject: AuditSubject, reader: Role): string | null {
  const project = (p: { id: string; isPublic?: boolean }): Array<readonly [SubjectPage, string]> =>
    p.isPublic
      ? [
          ["/admin/reviews/[id]", p.id],
          ["/loans/[id]", p.id],
        ]
      : [["/admin/reviews/[id]", p.id]];
  switch (subject.type) {
    case "COMPANY":
      return firstOpenPage(reader, [["/admin/companies/[id]", subject.id]]);
    case "LOAN_PROJECT":
      return firstOpenPage(reader, project(subject));
    case "INVESTMENT":
      return subject.project ? firstOpenPage(reader, project(subject.project)) : null;
    case "USER":
      return subject.role === undefined || subject.role === "INVESTOR" || subject.role === "COMPANY"
        ? null
        : firstOpenPage(reader, [["/admin/staff"]]);
    case "PLATFORM_SETTING":
      return firstOpenPage(reader, [["/admin/settings"]]);
    default:
      return null;
  }
}

function roleLabel(t: Translate, role: unknown): string {
  return (ALL_ROLES as readonly unknown[]).includes(role) ? t(`roles.${role}`) : "—";
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}
