import { z } from "zod";

/** A 6-digit code or a recovery code; the length bound comes before any parsing. */
export const secondFactorSchema = z.object({
  code: z.string({ error: "validation.required" }).trim().min(1, { error: "validation.required" }).max(64, { error: "validation.tooLong" }),
  callbackUrl: z.string().max(2000).optional(),
});
