import { maskResidentId } from "@/lib/domain/identity/resident-id";
import { getClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { hashPassword } from "@/lib/server/security/passwords";
import { encryptPii, hashPii } from "@/lib/server/security/pii";
import { DEMO_COMPANIES, DEMO_INVESTORS, DEMO_PASSWORD, DEMO_STAFF } from "./demo-accounts";

const DAY = 24 * 3_600_000;

/**
 * When each demo account's milestones happened, in days before the seed's "now". The order is the one the
 * product enforces: staff exist before anyone they review; a company registers, submits its profile, then is
 * activated, and all of that precedes its oldest demo project (drafted 26 days ago, see seed-projects.ts);
 * investors are verified after registering and before the oldest publication.
 */
export const DEMO_TIMELINE = {
  staffCreated: 180,
  investorRegistered: 60,
  investorVerified: 58,
  companyRegistered: 75,
  companyProfileCompleted: 50,
  companyActivated: 45,
  /** The company still waiting for verification registered recently and has submitted nothing. */
  pendingCompanyRegistered: 3,
} as const;

/**
 * Creates the demo accounts that do not exist yet; running it twice changes nothing. `now` defaults to the
 * server's clock, so the demo follows the test clock where it is enabled.
 */
export async function seedAccounts(db: Db, now: Date = getClock().now()) {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const staff of DEMO_STAFF) {
    await db.user.upsert({
      where: { email: staff.email },
      update: {},
      create: { ...staff, passwordHash, createdAt: daysAgo(DEMO_TIMELINE.staffCreated) },
    });
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
        createdAt: daysAgo(DEMO_TIMELINE.investorRegistered),
        investorProfile: {
          create: {
            realName: investor.realName,
            idNumberCipher: encryptPii(investor.idNumber),
            idNumberHash: hashPii(investor.idNumber),
            idNumberLast4: maskResidentId(investor.idNumber).slice(-4),
            phone: investor.phone,
            verifiedAt: daysAgo(DEMO_TIMELINE.investorVerified),
          },
        },
      },
    });
  }
  const supervisor = await db.user.findUnique({ where: { email: "sup@demo.lend" }, select: { id: true } });
  for (const { email, status, ...company } of DEMO_COMPANIES) {
    const active = status !== "INVALID";
    const registeredAt = daysAgo(active ? DEMO_TIMELINE.companyRegistered : DEMO_TIMELINE.pendingCompanyRegistered);
    const activatedAt = active ? daysAgo(DEMO_TIMELINE.companyActivated) : null;
    const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) continue;
    const user = await db.user.create({
      data: {
        email,
        passwordHash,
        role: "COMPANY",
        displayName: company.name,
        createdAt: registeredAt,
        company: {
          create: {
            ...company,
            status,
            createdAt: registeredAt,
            activatedAt,
            profileCompletedAt: active ? daysAgo(DEMO_TIMELINE.companyProfileCompleted) : null,
          },
        },
      },
      select: { company: { select: { id: true } } },
    });
    // The activation's trace, as the supervisor's approval would have written it (applyTransition).
    if (activatedAt && user.company && supervisor) {
      const row = { entityType: "COMPANY" as const, entityId: user.company.id, fromStatus: "INVALID", toStatus: status, event: "ACTIVATE" };
      await db.statusHistory.create({ data: { ...row, actorId: supervisor.id, createdAt: activatedAt } });
      await db.auditLog.create({
        data: {
          actorId: supervisor.id,
          action: "COMPANY.ACTIVATE",
          targetType: "COMPANY",
          targetId: user.company.id,
          data: { from: "INVALID", to: status, data: { activatedAt: activatedAt.toISOString() } },
          createdAt: activatedAt,
        },
      });
    }
  }
}
