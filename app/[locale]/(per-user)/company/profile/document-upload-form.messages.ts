// The messages document-upload-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const documentUploadFormMessages = [
  "company.documentFile",
  "company.documentKind",
  "company.documentKinds",
  "company.upload",
] as const;
