-- Guarantees the database keeps by itself, whatever the application code does.

-- Wallets, escrow and fee accounts never go negative. The gateway account is the platform's boundary:
-- its balance is minus the money held inside the platform, so it alone may be negative.
ALTER TABLE "LedgerAccount"
  ADD CONSTRAINT "LedgerAccount_balance_not_negative"
  CHECK ("kind" = 'PLATFORM_GATEWAY' OR "balanceFen" >= 0);

ALTER TABLE "Posting"
  ADD CONSTRAINT "Posting_amount_not_zero" CHECK ("amountFen" <> 0);

-- Journal entries and postings are append-only: a correction is a new, reversing entry.
CREATE FUNCTION ledger_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger rows are append-only (% on %)', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "Posting_append_only"
  BEFORE UPDATE OR DELETE ON "Posting"
  FOR EACH ROW EXECUTE FUNCTION ledger_forbid_change();

CREATE TRIGGER "JournalEntry_append_only"
  BEFORE UPDATE OR DELETE ON "JournalEntry"
  FOR EACH ROW EXECUTE FUNCTION ledger_forbid_change();

-- The postings of an entry sum to exactly zero, checked at commit so an entry can be written posting by posting.
CREATE FUNCTION ledger_entry_must_balance() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  total NUMERIC;
  posting_count INTEGER;
BEGIN
  SELECT COALESCE(SUM("amountFen"), 0), COUNT(*) INTO total, posting_count
    FROM "Posting" WHERE "entryId" = NEW."entryId";
  IF total <> 0 THEN
    RAISE EXCEPTION 'journal entry % is unbalanced: postings sum to %', NEW."entryId", total
      USING ERRCODE = 'check_violation';
  END IF;
  IF posting_count < 2 THEN
    RAISE EXCEPTION 'journal entry % needs at least two postings', NEW."entryId"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "Posting_entry_balanced"
  AFTER INSERT ON "Posting"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION ledger_entry_must_balance();

-- Maker-checker: the checker is never the maker, and one pending request per target and action.
ALTER TABLE "ReviewRequest"
  ADD CONSTRAINT "ReviewRequest_checker_is_not_maker"
  CHECK ("checkerId" IS NULL OR "checkerId" <> "makerId");

CREATE UNIQUE INDEX "ReviewRequest_one_pending_per_target_action"
  ON "ReviewRequest" ("targetType", "targetId", "action")
  WHERE "status" = 'PENDING';

-- A project can never be over-funded.
ALTER TABLE "LoanProject"
  ADD CONSTRAINT "LoanProject_funded_within_amount"
  CHECK ("fundedFen" >= 0 AND "fundedFen" <= "amountFen");

ALTER TABLE "LoanProject"
  ADD CONSTRAINT "LoanProject_positive_terms"
  CHECK ("amountFen" > 0 AND "annualRateBp" > 0 AND "termMonths" > 0 AND "fundraisingDays" > 0 AND "minInvestmentFen" > 0);

ALTER TABLE "Investment"
  ADD CONSTRAINT "Investment_positive_amount" CHECK ("amountFen" > 0);

-- Four eyes on publication: whoever passed the preliminary review cannot publish.
ALTER TABLE "LoanProject"
  ADD CONSTRAINT "LoanProject_publisher_is_not_passer"
  CHECK ("publishedById" IS NULL OR "passedById" IS NULL OR "publishedById" <> "passedById");
