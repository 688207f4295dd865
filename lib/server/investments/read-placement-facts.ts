import type { LoanStatus } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "@/lib/server/db/types";
import { userAvailable } from "@/lib/server/ledger";
import { IDENTITY_RULES_KEY, type IdentityRules, identityRulesFrom } from "@/lib/server/settings/identity-rules";
import { INVESTMENT_SETTINGS_KEY, type InvestmentSettings, investmentSettingsFrom } from "@/lib/server/settings/investment-settings";
import type { ProjectFunding } from "./project-refusal";

export interface PlacementFacts {
  /** The investor's real-name profile, null when they have none. */
  profile: { verifiedAt: Date | null; idNumberCipher: string } | null;
  /** The project's funding state, null when there is no such project. */
  project: ProjectFunding | null;
  /** The investor's available balance, fen (0 without an account). */
  availableFen: bigint;
  identityRules: IdentityRules;
  settings: InvestmentSettings;
}

interface Row {
  verifiedAt: Date | null;
  idNumberCipher: string | null;
  status: LoanStatus | null;
  amountFen: bigint | null;
  fundedFen: bigint | null;
  minInvestmentFen: bigint | null;
  fundraisingDeadline: Date | null;
  availableFen: bigint | null;
  identityRules: unknown;
  investmentSettings: unknown;
}

/**
 * Everything placeInvestment checks before its transaction, in ONE statement: on a hot project every investor's
 * request pays for these reads, and one round trip instead of five is most of the service's overhead over its SQL
 * (bench/invest). Only explains refusals; the transaction's conditional UPDATE decides.
 */
export async function readPlacementFacts(db: DbOrTx, investorId: string, projectId: string): Promise<PlacementFacts> {
  const [row] = await db.$queryRaw<Row[]>`
    SELECT ip."verifiedAt", ip."idNumberCipher",
           p."status"::text AS "status", p."amountFen", p."fundedFen", p."minInvestmentFen", p."fundraisingDeadline",
           (SELECT a."balanceFen" FROM "LedgerAccount" a WHERE a."code" = ${userAvailable(investorId).code}) AS "availableFen",
           (SELECT s."value" FROM "PlatformSetting" s WHERE s."key" = ${IDENTITY_RULES_KEY}) AS "identityRules",
           (SELECT s."value" FROM "PlatformSetting" s WHERE s."key" = ${INVESTMENT_SETTINGS_KEY}) AS "investmentSettings"
      FROM (SELECT 1) AS one
      LEFT JOIN "InvestorProfile" ip ON ip."userId" = ${investorId}
      LEFT JOIN "LoanProject" p ON p."id" = ${projectId}`;
  const r = row as Row;
  return {
    profile: r.idNumberCipher === null ? null : { verifiedAt: r.verifiedAt, idNumberCipher: r.idNumberCipher },
    project:
      r.status === null
        ? null
        : {
            status: r.status,
            amountFen: BigInt(r.amountFen as bigint),
            fundedFen: BigInt(r.fundedFen as bigint),
            minInvestmentFen: BigInt(r.minInvestmentFen as bigint),
            fundraisingDeadline: r.fundraisingDeadline,
          },
    availableFen: r.availableFen === null ? 0n : BigInt(r.availableFen),
    identityRules: identityRulesFrom(r.identityRules ?? undefined),
    settings: investmentSettingsFrom(r.investmentSettings ?? undefined),
  };
}
