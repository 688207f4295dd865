import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { firstOpenPage } from "@/lib/audit-log/subject-pages";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * A money movement's links from its record page (a deposit's, an outflow's): to its project's record, labelled
 * by `projectLabel` (an "entity" message with `{title}`), and to its user's company when the reader's role may
 * open the company page. Nothing when there is neither.
 */
export async function RelatedLinks({
  project,
  projectLabel,
  company,
  reader,
}: {
  project: { id: string; title: string } | null;
  projectLabel: "deposit.project" | "outflow.project";
  company: { id: string; name: string } | null;
  reader: Role;
}) {
  const t = await getTranslations("entity");
  const companyPage = company ? firstOpenPage(reader, [["/admin/companies/[id]", company.id]]) : null;
  if (!project && !companyPage) return null;
  return (
    <p className="mt-3 flex flex-wrap gap-x-4 text-sm">
      {project && (
        <Link prefetch={false} href={`/admin/projects/${project.id}`} data-testid="project-link">
          {t(projectLabel, { title: project.title })}
        </Link>
      )}
      {companyPage && company && (
        <Link prefetch={false} href={companyPage} data-testid="company-link">
          {company.name}
        </Link>
      )}
    </p>
  );
}
