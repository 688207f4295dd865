import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { QueueEntry, QueueFigures } from "@/lib/server/admin/queues";
import { waitAge } from "@/lib/server/dashboard";

/**
 * The staff landing's queue cards, in the registry's order: the queue's name (linking to it), how many items wait
 * and how long the oldest has ("oldest: 3 days", from the server clock's `now`). A queue still to ship says so.
 */
export async function QueueCards({
  queues,
  figures,
  now,
}: {
  queues: readonly QueueEntry[];
  figures: Readonly<Record<string, QueueFigures>>;
  now: Date;
}) {
  const t = await getTranslations();
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {queues.map((queue) => {
        const { count, oldest } = figures[queue.key] ?? { count: null, oldest: null };
        const age = oldest ? waitAge(oldest, now) : null;
        return (
          <Card key={queue.key}>
            <h2 className="font-medium">{queue.href ? <Link href={queue.href}>{t(queue.title)}</Link> : t(queue.title)}</h2>
            <p className="mt-2 text-3xl font-semibold" data-testid={`queue-${queue.key}`}>
              {count ?? "–"}
            </p>
            {age && (
              <p className="mt-1 text-sm text-slate-600" data-testid={`queue-${queue.key}-oldest`}>
                {t("dashboard.oldest", { age: t(`dashboard.age.${age.unit}`, { n: age.value }) })}
              </p>
            )}
            {!queue.href && <p className="mt-1 text-xs text-slate-500">{t("admin.comingSoon")}</p>}
          </Card>
        );
      })}
    </div>
  );
}
