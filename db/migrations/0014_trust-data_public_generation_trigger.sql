-- Issue 14 item 2: the exact, commit-ordered public change counter (see db/schema/public.ts).
INSERT INTO "public_generation" ("id", "value") VALUES (1, 0) ON CONFLICT ("id") DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "bump_public_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Once per transaction: the deferred trigger fires for each history row at commit.
  IF current_setting('app.public_generation_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    INSERT INTO "public_generation" ("id", "value") VALUES (1, 1)
      ON CONFLICT ("id") DO UPDATE SET "value" = "public_generation"."value" + 1;
    PERFORM set_config('app.public_generation_bumped', txid_current()::text, true);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "audit_log_public_generation" AFTER INSERT ON "audit_log"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW."entity_type" <> 'feedback')
  EXECUTE FUNCTION "bump_public_generation"();
