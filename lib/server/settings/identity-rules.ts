import { z } from "zod";
import { DEFAULT_MAXIMUM_AGE, DEFAULT_MINIMUM_AGE } from "@/lib/domain/identity/resident-id";
import type { DbOrTx } from "@/lib/server/db/types";

/** Age rules of real-name verification, in completed years on the business date of verification. */
export interface IdentityRules {
  /** An investor must have reached this age (default 18: full civil capacity, 民法典 art. 17–18). */
  minimumInvestorAge: number;
  /** A birth date further back is refused as implausible (default 120). */
  maximumAge: number;
}

export const DEFAULT_IDENTITY_RULES: IdentityRules = { minimumInvestorAge: DEFAULT_MINIMUM_AGE, maximumAge: DEFAULT_MAXIMUM_AGE };

/** Platform setting key; the value is a JSON object with any of the fields above. */
export const IDENTITY_RULES_KEY = "identityRules";

const storedRules = z
  .object({ minimumInvestorAge: z.number().int().min(16).max(100), maximumAge: z.number().int().min(100).max(150) })
  .partial();

/** The rules in force: the stored setting over the defaults; a malformed setting is logged and ignored. */
export async function getIdentityRules(db: DbOrTx): Promise<IdentityRules> {
  const row = await db.platformSetting.findUnique({ where: { key: IDENTITY_RULES_KEY } });
  return identityRulesFrom(row?.value);
}

/** The rules from the setting's stored value (undefined: none stored), for callers that read it with other rows. */
export function identityRulesFrom(value: unknown): IdentityRules {
  const parsed = storedRules.safeParse(value ?? {});
  if (!parsed.success) {
    console.error("Ignoring malformed identity rules setting", parsed.error.issues);
    return DEFAULT_IDENTITY_RULES;
  }
  return { ...DEFAULT_IDENTITY_RULES, ...parsed.data };
}
