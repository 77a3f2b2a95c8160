CREATE TYPE "public"."reporting_round_state" AS ENUM('open', 'closed', 'published');--> statement-breakpoint
CREATE TABLE "reporting_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"cut_off_date" date NOT NULL,
	"state" "reporting_round_state" DEFAULT 'open' NOT NULL,
	"previous_round_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"closed_at" timestamp with time zone,
	"published" jsonb,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "round_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"narrative" jsonb,
	"status" "measure_status" NOT NULL,
	"progress" integer NOT NULL,
	"written_at" timestamp with time zone,
	"written_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reporting_rounds" ADD CONSTRAINT "reporting_rounds_period_id_strategy_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."strategy_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_entries" ADD CONSTRAINT "round_entries_round_id_reporting_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_entries" ADD CONSTRAINT "round_entries_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_entries" ADD CONSTRAINT "round_entries_written_by_users_id_fk" FOREIGN KEY ("written_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reporting_rounds_period" ON "reporting_rounds" USING btree ("period_id","cut_off_date");--> statement-breakpoint
CREATE UNIQUE INDEX "round_entries_measure" ON "round_entries" USING btree ("round_id","measure_id");--> statement-breakpoint
CREATE INDEX "round_entries_missing" ON "round_entries" USING btree ("round_id","written_at");