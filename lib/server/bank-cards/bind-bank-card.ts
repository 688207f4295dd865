import { cardLast4, checkCardNumber, holderNameMatches, normalizeHolderName } from "@/lib/domain/bank-cards";
import type { BankCard } from "@/lib/generated/prisma/client";
import type { BindBankCardInput } from "@/lib/schemas/bank-cards";
import { writeAudit } from "@/lib/server/audit";
import { type Clock, getClock } from "@/lib/server/clock";
import { isUniqueViolationOf } from "@/lib/server/db/errors";
import { withTransaction } from "@/lib/server/db/transaction";
import type { DbOrTx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { encryptPii, hashPii } from "@/lib/server/security/pii";
import { assertMayBindBankCard, loadBankCardOwner } from "./bank-card-owner";

const alreadyBound = () =>
  new DomainError("VALIDATION", "card already bound to this account", { cardNumber: ["validation.cardAlreadyBound"] });

/**
 * Binds a bank card (银行卡) to the user's own account. `input` comes from bindBankCardSchema (folded number,
 * bank name, whether the user confirmed a number failing its Luhn check digit); the number is checked again
 * here. Refusals: BANK_CARD_NOT_ELIGIBLE (investor not verified, company not NORMAL/GOOD); VALIDATION on
 * cardNumber (malformed, or the check digit fails unconfirmed, or already bound to this account — a race
 * too, decided by the partial unique index BankCard_active_user_number_key) and on holderName (not the
 * verified real name / company name). The number is stored only encrypted (encryptPii), with its keyed
 * hash and last four digits; an audit row BANK_CARD_BOUND is written in the same transaction.
 */
export async function bindBankCard(
  db: DbOrTx,
  userId: string,
  input: BindBankCardInput,
  { clock = getClock() }: { clock?: Clock } = {},
): Promise<BankCard> {
  const check = checkCardNumber(input.cardNumber);
  if (!check.ok && !(check.problem === "LUHN" && input.luhnConfirmed)) {
    const key = check.problem === "LUHN" ? "validation.cardNumberConfirmRequired" : `validation.cardNumber${check.problem}`;
    throw new DomainError("VALIDATION", `card number ${check.problem}`, { cardNumber: [key] });
  }
  const bankName = input.bankName.trim();
  if (bankName === "") throw new DomainError("VALIDATION", "bank name missing", { bank: ["validation.required"] });
  const number = check.number;
  const numberHash = hashPii(number);

  return withTransaction(db, async (tx) => {
    const owner = await loadBankCardOwner(tx, userId);
    assertMayBindBankCard(owner);
    if (!holderNameMatches(input.holderName, owner.verifiedName)) {
      throw new DomainError("VALIDATION", "holder name differs from the verified name", {
        holderName: ["validation.holderNameMismatch"],
      });
    }
    if (await tx.bankCard.findFirst({ where: { userId, numberHash, unboundAt: null }, select: { id: true } })) throw alreadyBound();

    let card: BankCard;
    try {
      card = await tx.bankCard.create({
        data: {
          userId,
          holderName: normalizeHolderName(owner.verifiedName),
          bankName,
          numberCipher: encryptPii(number),
          numberHash,
          numberLast4: cardLast4(number),
          luhnUnverified: !check.ok,
          createdAt: clock.now(),
        },
      });
    } catch (error) {
      // The same card bound at the same moment by another request: the statement failed, the transaction is over.
      if (isUniqueViolationOf(error, "BankCard_active_user_number_key")) throw alreadyBound();
      throw error;
    }
    await writeAudit(tx, {
      actorId: userId,
      action: "BANK_CARD_BOUND",
      targetType: "USER",
      targetId: userId,
      data: { bankCardId: card.id, bankName, last4: card.numberLast4, luhnUnverified: card.luhnUnverified },
    });
    return card;
  });
}
