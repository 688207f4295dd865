import { getFormatter, getTranslations } from "next-intl/server";

/** Who asked for a decision, when, and why, in their own words. */
export async function MakerReason({ makerName, createdAt, reason }: { makerName: string; createdAt: Date; reason: string }) {
  const [t, format] = await Promise.all([getTranslations("subject"), getFormatter()]);
  return (
    <figure className="rounded bg-slate-50 p-3 text-sm" data-testid="maker-reason">
      <figcaption className="mb-1 text-slate-600">
        {t("makerReason", { name: makerName })} · {format.dateTime(createdAt, { dateStyle: "medium", timeStyle: "short" })}
      </figcaption>
      <blockquote className="whitespace-pre-line break-words">{reason}</blockquote>
    </figure>
  );
}
