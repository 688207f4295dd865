// Plain constants, free of zod: client components import them, and zod in a client bundle probes
// `new Function` at start-up, which the Content-Security-Policy (no 'unsafe-eval') reports as a violation.
export const DOCUMENT_KINDS = ["BUSINESS_LICENCE", "LEGAL_REP_ID", "BANK_ACCOUNT_PERMIT", "OTHER"] as const;
/** Without these two a company cannot be submitted for verification. */
export const REQUIRED_DOCUMENT_KINDS = ["BUSINESS_LICENCE", "LEGAL_REP_ID"] as const;
