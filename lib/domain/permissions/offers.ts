import { eventTypesFrom } from "@/lib/domain/machines/apply-event";
import { machines } from "@/lib/domain/machines/catalogue";
import type { EntityType } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/shared/capabilities";
import type { Actor } from "./actor";
import { availableEvents, type PermissionRow } from "./may";

/*
 * What a page may offer that is not a lifecycle event (editing a draft, preparing a verification), said
 * with the capability table and the machines, so no page compares a status itself (issue 10 item 1).
 */

/**
 * The company edits its loan request while it may still submit it: the statuses SUBMIT leaves (the draft,
 * DESIGN §3), for the roles that draft loan requests ("loanRequest.draft"). Ownership is the reader's
 * scope (getOwnLoanRequest); the draft service refuses a non-draft again.
 */
export function mayEditLoanDraft(row: { status: string }, actor: Pick<Actor, "role">): boolean {
  return can(actor.role, "loanRequest.draft") && eventTypesFrom(machines.LOAN_PROJECT.machine, row.status).includes("SUBMIT");
}

/**
 * The company changes its documents and submits them for verification (企业认证) while it is not verified
 * (ACTIVATE still leaves its status) and has not submitted yet (profileCompletedAt unset), DESIGN §4.
 */
export function mayPrepareVerification(row: VerificationRow, actor: Pick<Actor, "role">): boolean {
  return can(actor.role, "company.profile") && verificationOpen(row);
}

type VerificationRow = { status: string; profileCompletedAt: Date | null };

/** Not verified yet (ACTIVATE still leaves the status) and not submitted: documents and profile may change. */
export function verificationOpen(row: VerificationRow): boolean {
  return row.profileCompletedAt === null && eventTypesFrom(machines.COMPANY.machine, row.status).includes("ACTIVATE");
}

/** Submitted and not yet decided: the submitted profile stays as submitted while staff review it. */
export function awaitingVerification(row: VerificationRow): boolean {
  return row.profileCompletedAt !== null && eventTypesFrom(machines.COMPANY.machine, row.status).includes("ACTIVATE");
}

/**
 * The maker-checker events with an open review request among `requests` (those a checker may still decide,
 * i.e. APPROVE leaves their status): the `pendingRequests` fact of a PermissionRow.
 */
export function pendingRequestEvents(requests: readonly { action: string; status: string }[]): string[] {
  return requests
    .filter((request) => eventTypesFrom(machines.REVIEW_REQUEST.machine, request.status).includes("APPROVE"))
    .map((r) => r.action);
}

/** The subset of `offered` (a page's per-event forms, in the page's order) that `actor` may raise on `row`. */
export function offeredEvents<E extends string>(entity: EntityType, row: PermissionRow, actor: Actor, offered: readonly E[]): E[] {
  const events = availableEvents(entity, row, actor);
  return offered.filter((event) => events.includes(event));
}
