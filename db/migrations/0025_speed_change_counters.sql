-- Issue 17 item 3: the public change counter (row 1) moves only for history records that can change a
-- public page (not feedback, not one written with public_effect = false); row 2 moves for every writing
-- transaction and keys the staff summaries (lib/summary-cache.ts). Both exact in commit order, as before.
INSERT INTO "public_generation" ("id", "value") SELECT 2, "value" FROM "public_generation" WHERE "id" = 1 ON CONFLICT ("id") DO NOTHING;
--> statement-breakpoint
INSERT INTO "public_generation" ("id", "value") VALUES (2, 0) ON CONFLICT ("id") DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "bump_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  counter integer := TG_ARGV[0]::integer;
  flag text := 'app.generation_bumped_' || TG_ARGV[0];
BEGIN
  -- Once per transaction and counter: the deferred trigger fires for each history row at commit.
  IF current_setting(flag, true) IS DISTINCT FROM txid_current()::text THEN
    INSERT INTO "public_generation" ("id", "value") VALUES (counter, 1)
      ON CONFLICT ("id") DO UPDATE SET "value" = "public_generation"."value" + 1;
    PERFORM set_config(flag, txid_current()::text, true);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS "audit_log_public_generation" ON "audit_log";
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "audit_log_public_generation" AFTER INSERT ON "audit_log"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW."entity_type" <> 'feedback' AND NEW."public_effect")
  EXECUTE FUNCTION "bump_generation"('1');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "audit_log_change_generation" AFTER INSERT ON "audit_log"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  EXECUTE FUNCTION "bump_generation"('2');
--> statement-breakpoint
DROP FUNCTION IF EXISTS "bump_public_generation"();
