-- An entry's balance is checked once per entry at commit, not once per posting (issue 10). The check is a
-- deferred row trigger on "Posting", and each firing summed all the entry's postings: an entry paying 5,000
-- investors summed 5,001 rows 5,001 times at commit (4 s). The first firing for an entry now marks it checked
-- in a transaction-local setting and the others return at once. Any posting inserted into an entry clears its
-- mark (statement trigger below), so a check run early (SET CONSTRAINTS … IMMEDIATE) runs again at commit when
-- the entry grew since; a rolled-back subtransaction reverts its marks with it.
CREATE OR REPLACE FUNCTION ledger_entry_must_balance() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  total NUMERIC;
  posting_count INTEGER;
  mark TEXT := 'ledger.balanced_' || md5(NEW."entryId");
BEGIN
  IF current_setting(mark, true) = 'yes' THEN
    RETURN NULL;
  END IF;
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
  PERFORM set_config(mark, 'yes', true);
  RETURN NULL;
END;
$$;

CREATE FUNCTION ledger_entry_needs_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  entry TEXT;
BEGIN
  FOR entry IN SELECT DISTINCT "entryId" FROM inserted LOOP
    PERFORM set_config('ledger.balanced_' || md5(entry), '', true);
  END LOOP;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Posting_entry_needs_check"
  AFTER INSERT ON "Posting"
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_entry_needs_check();
