import { getSessionUser } from "@/lib/server/auth/session";
import { readCompanyDocument } from "@/lib/server/companies/company-documents";
import { documentResponse } from "@/lib/server/companies/document-response";
import { getDb } from "@/lib/server/db";
import { isDomainError } from "@/lib/server/errors";
import { getFileStorage } from "@/lib/server/storage";

export const dynamic = "force-dynamic";

/** A company document, for its own company and for staff only; everyone else gets 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return new Response("Not found", { status: 404 });
  try {
    const document = await readCompanyDocument(await getDb(), getFileStorage(), user, (await params).id);
    return documentResponse(document);
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") return new Response("Not found", { status: 404 });
    throw error;
  }
}
