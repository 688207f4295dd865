import { z } from "zod";

/** The admin's setting for how long an activation link works: whole hours, 1 to 720 (30 days). */
export const invitationLifetimeSchema = z.object({
  lifetimeHours: z
    .string({ error: "validation.required" })
    .trim()
    .max(10, { error: "validation.tooLong" })
    .regex(/^\d+$/, { error: "validation.wholeNumber" })
    .transform(Number)
    .refine((n) => n >= 1 && n <= 720, { error: "validation.outOfRange" }),
});
