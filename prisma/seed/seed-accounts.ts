import { maskResidentId } from "@/lib/domain/identity/resident-id";
import { getClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { hashPassword } from "@/lib/server/security/passwords";
import { encryptPii, hashPii } from "@/lib/server/security/pii";
import { DEMO_COMPANIES, DEMO_INVESTORS, DEMO_PASSWORD, DEMO_STAFF } from "./demo-accounts";

/** Creates the demo accounts that do not exist yet; running it twice changes nothing. */
export async function seedAccounts(db: Db) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const staff of DEMO_STAFF) {
    await db.user.upsert({ where: { email: staff.email }, update: {}, create: { ...staff, passwordHash } });
  }
  for (const investor of DEMO_INVESTORS) {
    await db.user.upsert({
      where: { email: investor.email },
      update: {},
      create: {
        email: investor.email,
        passwordHash,
        role: "INVESTOR",
        displayName: investor.realName,
        investorProfile: {
          create: {
            realName: investor.realName,
            idNumberCipher: encryptPii(investor.idNumber),
            idNumberHash: hashPii(investor.idNumber),
            idNumberLast4: maskResidentId(investor.idNumber).slice(-4),
            phone: investor.phone,
            verifiedAt: getClock().now(),
          },
        },
      },
    });
  }
  for (const { email, status, ...company } of DEMO_COMPANIES) {
    await db.user.upsert({
      where: { email },
      update: {},
      create: {
        email,
        passwordHash,
        role: "COMPANY",
        displayName: company.name,
        company: {
          create: {
            ...company,
            status,
            activatedAt: status === "INVALID" ? null : getClock().now(),
            profileCompletedAt: status === "INVALID" ? null : getClock().now(),
          },
        },
      },
    });
  }
}
