export { type AuditInput, writeAudit } from "./write-audit";
