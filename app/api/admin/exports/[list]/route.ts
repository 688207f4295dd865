import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { getClock } from "@/lib/server/clock";
import { getDb } from "@/lib/server/db";
import { DomainError } from "@/lib/server/errors";
import { type CsvWords, exportList } from "@/lib/server/exports";

export const dynamic = "force-dynamic";

/**
 * A staff list as CSV (lib/server/exports/registry.ts names the lists, their roles and columns), with the list
 * page's own filters from the query string, in the language of the locale cookie. Like a page: a visitor is
 * sent to log in and comes back here, a role the list does not name is sent to the "no access" page, a list
 * that does not exist is 404. Never cached.
 */
export async function GET(request: Request, { params }: { params: Promise<{ list: string }> }) {
  const url = new URL(request.url);
  const user = await getSessionUser();
  if (!user) {
    const login = new URL("/login", url);
    login.searchParams.set("callbackUrl", url.pathname + url.search);
    return Response.redirect(login, 303);
  }
  const t = await getTranslations("exports");
  const words: CsvWords = {
    heading: (key) => t(`columns.${key}`),
    yuanHeading: (heading) => t("yuanHeading", { heading }),
    fenHeading: (heading) => t("fenHeading", { heading }),
    yes: t("yes"),
    no: t("no"),
  };
  try {
    const csv = await exportList(await getDb(), user, (await params).list, url.searchParams, words, getClock());
    return new Response(csv.body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${csv.filename}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        // Rows written / rows the whole list has: fewer written when the list passed EXPORT_ROW_CAP (the first ones).
        "X-Export-Rows": `${csv.rows}/${csv.total}`,
      },
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return new Response("Not found", { status: 404 });
    if (error instanceof DomainError && error.code === "FORBIDDEN") return Response.redirect(new URL("/forbidden", url), 303);
    throw error;
  }
}
