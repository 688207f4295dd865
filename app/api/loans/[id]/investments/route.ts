import { z } from "zod";
import { getDb } from "@/lib/server/db";
import { listPublicInvestmentRecords } from "@/lib/server/listings";
import type { InvestmentRecordsPage } from "@/lib/shared/public-investment-records";

export const dynamic = "force-dynamic";

/** Shared caches may keep an answer this long: the records are public and masked, and change with every investment. */
const CACHE = "public, max-age=0, s-maxage=5";

/** As parsePage (components/ui/pagination.tsx): a whole page number from 1, anything else page 1. */
const pageParam = z.coerce.number().int().min(1).max(99_999).catch(1);

/**
 * A published project's masked investment records, one page (`?page=N`, 1-based; anything else is page 1, past
 * the end the last page), for the pager under the project page's records: the page itself is cached HTML and
 * cannot read its query. Anyone may ask (the records are masked, as on the page); 404 for a project the public
 * cannot see, like the page. Reads no cookie, so one answer fits everyone.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const page = pageParam.parse(new URL(request.url).searchParams.get("page") ?? undefined);
  const records = await listPublicInvestmentRecords(await getDb(), (await params).id, page);
  if (!records) return new Response("Not found", { status: 404, headers: { "Cache-Control": CACHE } });
  const answer: InvestmentRecordsPage = {
    ...records,
    items: records.items.map((record) => ({
      investorMasked: record.investorMasked,
      amountFen: record.amountFen.toString(),
      createdAt: record.createdAt.toISOString(),
    })),
  };
  return Response.json(answer, { headers: { "Cache-Control": CACHE } });
}
