-- Issue 17 item 2 (the start page at city scale): the narrow columns the reminder counts and
-- lists filter on, so that counting a person's or the city's overdue measures is an index-only
-- scan (a few hundred pages at 50 000 measures) instead of reading every wide measure row
-- (its texts and published snapshot: ~12 000 pages). Hand-written: Drizzle cannot express INCLUDE.
CREATE INDEX IF NOT EXISTS "measures_reminders" ON "measures" ("responsible_unit_id", "due_date") INCLUDE ("id", "goal_id", "status", "due_precision", "created_at", "updated_at") WHERE "archived_at" IS NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "progress_updates_latest" ON "progress_updates" ("measure_id", "date") WHERE "archived_at" IS NULL;
