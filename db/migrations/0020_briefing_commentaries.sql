CREATE TABLE "briefing_commentaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"goal_key" text DEFAULT '' NOT NULL,
	"section" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "briefing_commentaries" ADD CONSTRAINT "briefing_commentaries_period_id_strategy_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."strategy_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "briefing_commentaries_scope" ON "briefing_commentaries" USING btree ("period_id","goal_key","section");