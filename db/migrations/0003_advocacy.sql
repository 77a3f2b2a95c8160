CREATE TYPE "public"."advocacy_activity_type" AS ENUM('statement', 'meeting', 'proposal', 'position_paper');--> statement-breakpoint
CREATE TYPE "public"."ask_outcome" AS ENUM('pending', 'adopted', 'partly', 'not_adopted');--> statement-breakpoint
CREATE TYPE "public"."evaluation_respondent_status" AS ENUM('invited', 'draft', 'submitted');--> statement-breakpoint
CREATE TYPE "public"."evaluation_round_status" AS ENUM('draft', 'open', 'closed');--> statement-breakpoint
CREATE TABLE "advocacy_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "advocacy_activity_type" NOT NULL,
	"priority_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb,
	"date" date,
	"audience" text,
	"consultation" text,
	"ministry" text,
	"deadline" date,
	"declined" boolean DEFAULT false NOT NULL,
	"responsible_user_id" uuid,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"outcome" jsonb,
	"internal_notes" text,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
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
CREATE TABLE "advocacy_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"priority_id" uuid NOT NULL,
	"objectives" jsonb NOT NULL,
	"key_messages" jsonb,
	"audiences" text[] DEFAULT '{}' NOT NULL,
	"audience_notes" jsonb,
	"channels" text[] DEFAULT '{}' NOT NULL,
	"timeline" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"visibility" "visibility" DEFAULT 'internal' NOT NULL,
	"public_summary" jsonb,
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
CREATE TABLE "government_asks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_year" integer NOT NULL,
	"priority_id" uuid NOT NULL,
	"wording" jsonb NOT NULL,
	"justification" jsonb,
	"target" jsonb,
	"outcome" "ask_outcome" DEFAULT 'pending' NOT NULL,
	"evidence" jsonb,
	"evidence_ref" text,
	"internal_notes" text,
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
CREATE TABLE "evaluation_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"respondent_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"score" integer,
	"development_needs" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_answers_score_range" CHECK ("evaluation_answers"."score" is null or ("evaluation_answers"."score" between 1 and 5))
);
--> statement-breakpoint
CREATE TABLE "evaluation_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"priority_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_respondents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" "evaluation_respondent_status" DEFAULT 'invited' NOT NULL,
	"submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" jsonb NOT NULL,
	"period_id" uuid,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"status" "evaluation_round_status" DEFAULT 'draft' NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "advocacy_activities" ADD CONSTRAINT "advocacy_activities_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_activities" ADD CONSTRAINT "advocacy_activities_responsible_user_id_users_id_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_plans" ADD CONSTRAINT "advocacy_plans_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "government_asks" ADD CONSTRAINT "government_asks_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_answers" ADD CONSTRAINT "evaluation_answers_respondent_id_evaluation_respondents_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."evaluation_respondents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_answers" ADD CONSTRAINT "evaluation_answers_question_id_evaluation_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."evaluation_questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_questions" ADD CONSTRAINT "evaluation_questions_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_questions" ADD CONSTRAINT "evaluation_questions_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_respondents" ADD CONSTRAINT "evaluation_respondents_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_respondents" ADD CONSTRAINT "evaluation_respondents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD CONSTRAINT "evaluation_rounds_period_id_strategy_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."strategy_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advocacy_activities_priority" ON "advocacy_activities" USING btree ("priority_id");--> statement-breakpoint
CREATE INDEX "advocacy_activities_deadline" ON "advocacy_activities" USING btree ("type","deadline");--> statement-breakpoint
CREATE INDEX "advocacy_activities_responsible" ON "advocacy_activities" USING btree ("responsible_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "advocacy_plans_priority" ON "advocacy_plans" USING btree ("priority_id");--> statement-breakpoint
CREATE INDEX "government_asks_programme" ON "government_asks" USING btree ("programme_year","priority_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_answers_respondent_question" ON "evaluation_answers" USING btree ("respondent_id","question_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_questions_round_priority" ON "evaluation_questions" USING btree ("round_id","priority_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_respondents_round_user" ON "evaluation_respondents" USING btree ("round_id","user_id");--> statement-breakpoint
CREATE INDEX "evaluation_respondents_user" ON "evaluation_respondents" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "evaluation_rounds_status" ON "evaluation_rounds" USING btree ("status","closes_on");