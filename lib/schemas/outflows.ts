import { z } from "zod";
import { idField, moneyField, optionalText, requiredText } from "./fields";

/** A withdrawal asked for: the amount in yuan as typed (→ fen, at least 0.01) and one of the user's bound cards. */
export const requestWithdrawalSchema = z.object({
  amount: moneyField({ min: 1n }),
  bankCardId: idField,
});

/** A staff decision on one outflow; the reason is required where the user is told why (reject, fail). */
export const outflowIdSchema = z.object({ outflowId: idField });
export const outflowDecisionSchema = z.object({ outflowId: idField, reason: optionalText(500) });
export const outflowReasonSchema = z.object({ outflowId: idField, reason: requiredText(500) });

/** The payment platform's serial of the transfer CS made; its format is checked by the service. */
export const outflowTransferSchema = z.object({ outflowId: idField, externalSerial: requiredText(64) });
