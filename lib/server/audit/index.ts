export { type AuditAction, type AuditSubjectOf, transitionAuditAction } from "@/lib/audit-log/actions";
export { type AuditInput, writeAudit } from "./write-audit";
