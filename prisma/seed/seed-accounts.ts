import { maskResidentId } from "@/lib/domain/identity/resident-id";
import { getBusinessTimeZone, getClock } from "@/lib/server/clock";
import { uploadCompanyDocument } from "@/lib/server/companies/company-documents";
import { submitCompanyForVerification } from "@/lib/server/companies/submit-verification";
import type { Db } from "@/lib/server/db/types";
import { approveReviewRequest, createReviewRequest } from "@/lib/server/review-requests";
import { hashPassword } from "@/lib/server/security/passwords";
import { encryptPii, hashPii } from "@/lib/server/security/pii";
import { type FileStorage, getFileStorage } from "@/lib/server/storage";
import { type CompanyHistory, DEMO_COMPANIES, DEMO_INVESTORS, DEMO_PASSWORD, DEMO_STAFF } from "./demo-accounts";
import { DEMO_DOCUMENTS, demoPdf } from "./demo-documents";
import { clockedDb, settableClock } from "./seed-clock";

const DAY = 24 * 3_600_000;

/**
 * When each demo account's milestones happened, in days before the seed's "now". The order is the one the
 * product enforces: staff exist before anyone they review; a company registers, submits its profile, then is
 * activated, and all of that precedes its oldest demo project (drafted 26 days ago, see seed-projects.ts);
 * investors are verified after registering and before the oldest publication.
 */
export const DEMO_TIMELINE = {
  /** Before the oldest borrower's activation (demo-accounts.ts, `history`). */
  staffCreated: 720,
  /** Before the loan book's oldest loan (seed-loan-book.ts). */
  investorRegistered: 400,
  investorVerified: 398,
  companyRegistered: 75,
  companyProfileCompleted: 50,
  companyActivationRequested: 47,
  companyActivated: 45,
  /** The company still waiting for verification registered recently and has submitted nothing. */
  pendingCompanyRegistered: 3,
} as const;

/**
 * Creates the demo accounts that do not exist yet; running it twice changes nothing. `now` and `zone` default
 * to the server's clock, so the demo follows the test clock where it is enabled; the verified companies'
 * documents go to `storage`.
 */
export async function seedAccounts(
  db: Db,
  now: Date = getClock().now(),
  zone: string = getBusinessTimeZone(),
  storage: FileStorage = getFileStorage(),
) {
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
  for (const { email, status, history, ...company } of DEMO_COMPANIES) {
    if (await db.user.findUnique({ where: { email }, select: { id: true } })) continue;
    const active = status !== "INVALID";
    const timeline = history ?? {
      registered: active ? DEMO_TIMELINE.companyRegistered : DEMO_TIMELINE.pendingCompanyRegistered,
      profileCompleted: DEMO_TIMELINE.companyProfileCompleted,
      activationRequested: DEMO_TIMELINE.companyActivationRequested,
      activated: DEMO_TIMELINE.companyActivated,
    };
    const registeredAt = daysAgo(timeline.registered);
    const user = await db.user.create({
      data: {
        email,
        passwordHash,
        role: "COMPANY",
        displayName: company.name,
        createdAt: registeredAt,
        company: { create: { ...company, status: "INVALID", createdAt: registeredAt } },
      },
      select: { id: true, company: { select: { id: true } } },
    });
    if (active && user.company) {
      await verifyDemoCompany(db, { userId: user.id, companyId: user.company.id }, timeline, daysAgo, storage, zone);
    }
  }
}

/**
 * A verified demo company goes the way a real one does, through the services on the seed's clock: it uploads
 * the required documents and submits its profile, customer service asks for the activation and a supervisor
 * approves it (history, audit rows and activatedAt written by the review-request service).
 */
async function verifyDemoCompany(
  db: Db,
  company: { userId: string; companyId: string },
  timeline: CompanyHistory,
  daysAgo: (days: number) => Date,
  storage: FileStorage,
  zone: string,
) {
  const staff = await db.user.findMany({
    where: { email: { in: ["cs@demo.lend", "sup@demo.lend"] } },
    select: { id: true, email: true, role: true },
  });
  const cs = staff.find((s) => s.email === "cs@demo.lend");
  const sup = staff.find((s) => s.email === "sup@demo.lend");
  if (!cs || !sup) throw new Error("The demo companies are verified by the demo staff: seed the staff first");
  const clock = settableClock(daysAgo(timeline.profileCompleted), zone);
  const clocked = clockedDb(db, clock);
  for (const document of DEMO_DOCUMENTS) {
    const file = new File([demoPdf(document.title)], document.fileName, { type: "application/pdf" });
    await uploadCompanyDocument(clocked, storage, company.userId, { kind: document.kind, file });
  }
  await submitCompanyForVerification(clocked, company.userId, clock);
  clock.set(daysAgo(timeline.activationRequested));
  const request = await createReviewRequest(clocked, {
    maker: cs,
    targetType: "COMPANY",
    targetId: company.companyId,
    action: "ACTIVATE",
    reason: "营业执照、法人身份证已核验，与工商登记一致",
  });
  clock.set(daysAgo(timeline.activated));
  await approveReviewRequest(clocked, { checker: sup, requestId: request.id, decisionReason: "同意" }, { clock });
}
