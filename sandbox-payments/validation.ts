import { z } from "zod";

/** Platform ids (cuid / uuid-like) and references: no slashes, so they fit in a path segment. */
const id = z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/);
const fen = z.string().regex(/^[1-9][0-9]{0,17}$/);

export const createOrderSchema = z.object({
  orderNo: id,
  purpose: z.enum(["DEPOSIT", "REPAYMENT"]),
  amountFen: fen,
  userId: z.string().min(1).max(64),
  returnUrl: z.url({ protocol: /^https?$/ }).max(2048),
  expiresAt: z.iso.datetime({ offset: true }),
});

export const transferSchema = z.object({
  reference: id,
  payeeName: z.string().trim().min(1).max(100),
  /** Spaces (and full-width digits, folded by the caller) allowed as typed; 12–19 digits. */
  cardNumber: z
    .string()
    .transform((value) => value.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{12,19}$/)),
  amountFen: fen,
});

// `userId`: the knob applies to that paying user's orders only, so tests running side by side do not take each
// other's lost or duplicated notifications; without it, to every order.
const knobScope = z.string().min(1).max(64).optional();
export const dropSchema = z.object({ count: z.int().min(0).max(1000).default(1), userId: knobScope });
export const duplicateSchema = z.object({ times: z.int().min(1).max(50), newIds: z.boolean().default(false), userId: knobScope });

/** A movement's serial (SBP… / SBT…). */
const serial = z.string().regex(/^[A-Z]{3}\d{8,20}$/);
export const alterAmountSchema = z.object({ serial, amountFen: fen });
export const statementSerialSchema = z.object({ serial });
/** Without a serial: every statement knob is cleared (tests running side by side should name theirs). */
export const statementResetSchema = z.object({ serial: serial.optional() });
