import { groupCardNumber } from "@/lib/domain/bank-cards";
import type { Actor } from "@/lib/domain/permissions";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/auth/assert-can";
import { withTransaction } from "@/lib/server/db/transaction";
import type { DbOrTx } from "@/lib/server/db/types";
import { DomainError, notFound } from "@/lib/server/errors";
import { decryptPii } from "@/lib/server/security/pii";
import { outflowAwaitsTransfer } from "./outflow-stages";

export interface RevealedCard {
  /** The whole number grouped by four, e.g. "6222 0212 3456 7890 128". */
  number: string;
  holderName: string;
  bankName: string;
}

/**
 * The full card number of an outflow waiting for its transfer (APPROVED), for customer service to type
 * into the payment platform's console (划账). Only "outflow.revealCard" (FORBIDDEN) and only while the
 * transfer is due (TRANSITION_NOT_ALLOWED otherwise: the number is not needed before approval or after the
 * transfer). Every reading writes an OUTFLOW_CARD_REVEALED audit row before the number is returned.
 */
export async function revealOutflowCard(db: DbOrTx, actor: Actor, outflowId: string): Promise<RevealedCard> {
  assertCan(actor, "outflow.revealCard");
  return withTransaction(db, async (tx) => {
    const outflow = await tx.outflow.findUnique({
      where: { id: outflowId },
      select: { status: true, bankCard: { select: { numberCipher: true, holderName: true, bankName: true, numberLast4: true } } },
    });
    if (!outflow) throw notFound();
    if (!outflowAwaitsTransfer(outflow.status)) {
      throw new DomainError(
        "TRANSITION_NOT_ALLOWED",
        `outflow ${outflowId} is ${outflow.status}`,
        {},
        { entity: "OUTFLOW", event: "MARK_TRANSFERRED", from: outflow.status },
      );
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "OUTFLOW_CARD_REVEALED",
      targetType: "OUTFLOW",
      targetId: outflowId,
      data: { last4: outflow.bankCard.numberLast4 },
    });
    return {
      number: groupCardNumber(decryptPii(outflow.bankCard.numberCipher)),
      holderName: outflow.bankCard.holderName,
      bankName: outflow.bankCard.bankName,
    };
  });
}
