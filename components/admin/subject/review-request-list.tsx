import { getTranslations } from "next-intl/server";
import type { CompanyRecord } from "@/lib/server/decision-context/company-records";
import { MakerReason } from "./maker-reason";

/** Review requests about the company, newest first: what was asked, by whom and why, and how it was decided. */
export async function ReviewRequestList({ requests }: { requests: CompanyRecord["requests"] }) {
  const [t, tr] = await Promise.all([getTranslations("subject"), getTranslations("review")]);
  return (
    <div data-testid="review-requests">
      <h3 className="mb-2 font-medium">{t("requests")}</h3>
      {requests.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noRequests")}</p>
      ) : (
        <ul className="space-y-3 text-sm">
          {requests.map((request) => (
            <li key={request.id} className="space-y-1">
              <p>
                <strong>{tr.has(`actions.${request.action}`) ? tr(`actions.${request.action}`) : request.action}</strong> ·{" "}
                {tr(`requestStatus.${request.status}`)}
              </p>
              <MakerReason makerName={request.makerName} createdAt={request.createdAt} reason={request.reason} />
              {request.checkerName !== null && (
                <p className="break-words text-slate-700">
                  {t("decidedBy", { name: request.checkerName })}
                  {request.decisionReason && `: ${request.decisionReason}`}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
