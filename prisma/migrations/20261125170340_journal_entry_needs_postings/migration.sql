-- An entry committed without any posting would escape the per-posting balance trigger: check the entry too.
CREATE FUNCTION ledger_entry_must_have_postings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT COUNT(*) FROM "Posting" WHERE "entryId" = NEW."id") < 2 THEN
    RAISE EXCEPTION 'journal entry % needs at least two postings', NEW."id"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "JournalEntry_has_postings"
  AFTER INSERT ON "JournalEntry"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION ledger_entry_must_have_postings();
