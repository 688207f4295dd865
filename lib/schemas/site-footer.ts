import { z } from "zod";

/**
 * The ICP filing number as the MIIT issues it: the province's one-character abbreviation, "ICP备", the
 * number (8 digits, or 10 since 2019 when the year leads), "号", and an optional site suffix ("-1").
 * E.g. 京ICP备12345678号, 沪ICP备2023012345号-2. Source: 《互联网信息服务管理办法》 art. 12 (the filing number is
 * shown at the foot of the home page) and the MIIT filing system's number format.
 */
export const ICP_LINE = /^[\u4e00-\u9fff]ICP备\d{6,12}号(?:-\d{1,4})?$/;

/** A customer-service number as it is printed: digits with optional "+", spaces, hyphens and brackets (400-820-8820). */
export const SERVICE_PHONE = /^\+?[\d ()-]{5,24}$/;

/** Empty (after trimming) means "not set": the footer then leaves that item out. */
const optionalSetting = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "validation.tooLong", abort: true })
    .optional()
    .transform((v) => (v ? v : undefined));

/** The admin's footer form (app/admin/settings): every field optional; a set field must be well formed. */
export const siteFooterSchema = z.object({
  icpLine: optionalSetting(40).refine((v) => v === undefined || ICP_LINE.test(v), { error: "site.validation.icpLine" }),
  servicePhone: optionalSetting(24).refine((v) => v === undefined || (SERVICE_PHONE.test(v) && /\d{5}/.test(v.replace(/\D/g, ""))), {
    error: "site.validation.servicePhone",
  }),
  serviceEmail: optionalSetting(254).refine((v) => v === undefined || z.email().safeParse(v).success, { error: "validation.email" }),
  serviceHours: optionalSetting(60),
});
export type SiteFooterInput = z.infer<typeof siteFooterSchema>;
