"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { companyProfileSchema, documentUploadSchema } from "@/lib/schemas/companies";
import { idField } from "@/lib/schemas/fields";
import { capabilityAction } from "@/lib/server/actions/define-action";
import { deleteCompanyDocument, uploadCompanyDocument } from "@/lib/server/companies/company-documents";
import { updateCompanyProfile } from "@/lib/server/companies/company-profile";
import { submitCompanyForVerification } from "@/lib/server/companies/submit-verification";
import { invalidatePublicLoanProjects } from "@/lib/server/public-cache";
import { getFileStorage } from "@/lib/server/storage";

function refreshCompanyPages() {
  revalidatePath("/company");
  revalidatePath("/company/profile");
}

export const updateCompanyProfileAction = capabilityAction("company.profile", {
  schema: companyProfileSchema,
  successMessage: "company.profileSaved",
  async handler(input, { db, user }) {
    await updateCompanyProfile(db, user.id, input);
    refreshCompanyPages();
    // Published projects show the company's profile.
    invalidatePublicLoanProjects();
    return null;
  },
});

export const uploadCompanyDocumentAction = capabilityAction("company.profile", {
  schema: documentUploadSchema,
  successMessage: "company.uploaded",
  async handler(input, { db, user }) {
    const document = await uploadCompanyDocument(db, getFileStorage(), user.id, input);
    refreshCompanyPages();
    return { id: document.id };
  },
});

export const deleteCompanyDocumentAction = capabilityAction("company.profile", {
  schema: z.object({ documentId: idField }),
  successMessage: "company.deleted",
  async handler({ documentId }, { db, user }) {
    await deleteCompanyDocument(db, getFileStorage(), user.id, documentId);
    refreshCompanyPages();
    return null;
  },
});

export const submitCompanyVerificationAction = capabilityAction("company.profile", {
  schema: z.object({}),
  successMessage: "company.verificationSubmitted",
  async handler(_input, { db, user }) {
    await submitCompanyForVerification(db, user.id);
    refreshCompanyPages();
    return null;
  },
});
