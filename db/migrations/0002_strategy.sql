CREATE TYPE "public"."indicator_point_kind" AS ENUM('actual', 'target');--> statement-breakpoint
CREATE TYPE "public"."milestone_state" AS ENUM('planned', 'in_progress', 'done', 'cancelled');--> statement-breakpoint
CREATE TABLE "indicator_measures" (
	"indicator_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	CONSTRAINT "indicator_measures_indicator_id_measure_id_pk" PRIMARY KEY("indicator_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"kind" "indicator_point_kind" NOT NULL,
	"date" date NOT NULL,
	"value" numeric(20, 4) NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_priorities" (
	"indicator_id" uuid NOT NULL,
	"priority_id" uuid NOT NULL,
	CONSTRAINT "indicator_priorities_indicator_id_priority_id_pk" PRIMARY KEY("indicator_id","priority_id")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"unit" jsonb NOT NULL,
	"decimals" integer DEFAULT 0 NOT NULL,
	"responsible_unit_id" uuid,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"review_state" "review_state" DEFAULT 'draft' NOT NULL,
	"review_comment" text,
	"published" jsonb,
	"published_at" timestamp with time zone,
	"published_version" integer,
	"archived_at" timestamp with time zone,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"due_date" date,
	"due_precision" date_precision DEFAULT 'day' NOT NULL,
	"state" "milestone_state" DEFAULT 'planned' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"date" date NOT NULL,
	"body" jsonb NOT NULL,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"author_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"review_state" "review_state" DEFAULT 'draft' NOT NULL,
	"review_comment" text,
	"published" jsonb,
	"published_at" timestamp with time zone,
	"published_version" integer,
	"archived_at" timestamp with time zone,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicator_measures" ADD CONSTRAINT "indicator_measures_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_measures" ADD CONSTRAINT "indicator_measures_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_points" ADD CONSTRAINT "indicator_points_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_priorities" ADD CONSTRAINT "indicator_priorities_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_priorities" ADD CONSTRAINT "indicator_priorities_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_period_id_strategy_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."strategy_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_responsible_unit_id_units_id_fk" FOREIGN KEY ("responsible_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_measures_measure" ON "indicator_measures" USING btree ("measure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_points_unique" ON "indicator_points" USING btree ("indicator_id","kind","date");--> statement-breakpoint
CREATE INDEX "indicator_priorities_priority" ON "indicator_priorities" USING btree ("priority_id");--> statement-breakpoint
CREATE INDEX "indicators_period" ON "indicators" USING btree ("period_id","sort_order");--> statement-breakpoint
CREATE INDEX "milestones_measure" ON "milestones" USING btree ("measure_id","sort_order");--> statement-breakpoint
CREATE INDEX "progress_updates_measure" ON "progress_updates" USING btree ("measure_id","date");