import { z } from "zod";
import { CompanyStatuses } from "@/lib/domain/machines/company";

/** /admin/companies?status=…: one of the company statuses, or none (the verification queue). */
export const companyDirectoryStatus = z.enum(CompanyStatuses).optional().catch(undefined);
