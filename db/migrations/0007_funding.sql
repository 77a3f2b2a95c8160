CREATE TYPE "public"."eu_project_role" AS ENUM('coordinator', 'partner');--> statement-breakpoint
CREATE TYPE "public"."eu_project_status" AS ENUM('idea', 'preparation', 'submitted', 'granted', 'rejected', 'ongoing', 'closed');--> statement-breakpoint
CREATE TYPE "public"."eu_follow_up_status" AS ENUM('open', 'in_progress', 'closed');--> statement-breakpoint
CREATE TYPE "public"."funding_management_mode" AS ENUM('direct', 'shared');--> statement-breakpoint
CREATE TYPE "public"."eu_risk_level" AS ENUM('low', 'medium', 'high');--> statement-breakpoint
CREATE TABLE "eu_project_alignments" (
	"project_id" uuid NOT NULL,
	"priority_id" uuid NOT NULL,
	"strength" smallint NOT NULL,
	"justification" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eu_project_alignments_project_id_priority_id_pk" PRIMARY KEY("project_id","priority_id"),
	CONSTRAINT "eu_project_alignments_strength" CHECK ("eu_project_alignments"."strength" between 0 and 3)
);
--> statement-breakpoint
CREATE TABLE "eu_project_audits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"auditor" text NOT NULL,
	"audit_date" date NOT NULL,
	"findings" text,
	"follow_up_status" "eu_follow_up_status" DEFAULT 'open' NOT NULL,
	"follow_up_due" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eu_project_partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"organisation" text NOT NULL,
	"country" text NOT NULL,
	"role" text DEFAULT 'partner' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eu_project_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"period_start" date,
	"period_end" date,
	"due_date" date NOT NULL,
	"submitted_on" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eu_project_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"status" "eu_project_status" NOT NULL,
	"changed_on" date NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eu_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text NOT NULL,
	"name" jsonb NOT NULL,
	"acronym" text,
	"summary" jsonb,
	"programme_id" uuid NOT NULL,
	"call" text,
	"status" "eu_project_status" DEFAULT 'idea' NOT NULL,
	"role" "eu_project_role" DEFAULT 'partner' NOT NULL,
	"total_budget_cents" bigint,
	"eu_contribution_cents" bigint DEFAULT 0 NOT NULL,
	"state_funding_cents" bigint DEFAULT 0 NOT NULL,
	"own_funding_cents" bigint DEFAULT 0 NOT NULL,
	"start_date" date,
	"end_date" date,
	"responsible_unit_id" uuid,
	"contact_id" uuid,
	"cordis_id" text,
	"kohesio_code" text,
	"decision_number" text,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"risk_level" "eu_risk_level" DEFAULT 'low' NOT NULL,
	"internal_notes" text,
	"is_demo" boolean DEFAULT false NOT NULL,
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
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eu_projects_money_non_negative" CHECK ("eu_projects"."eu_contribution_cents" >= 0 and "eu_projects"."state_funding_cents" >= 0 and "eu_projects"."own_funding_cents" >= 0 and coalesce("eu_projects"."total_budget_cents", 0) >= 0),
	CONSTRAINT "eu_projects_dates" CHECK ("eu_projects"."end_date" is null or "eu_projects"."start_date" is null or "eu_projects"."end_date" >= "eu_projects"."start_date")
);
--> statement-breakpoint
CREATE TABLE "funding_programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"management_mode" "funding_management_mode" NOT NULL,
	"period_start" integer DEFAULT 2021 NOT NULL,
	"period_end" integer DEFAULT 2027 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "eu_project_alignments" ADD CONSTRAINT "eu_project_alignments_project_id_eu_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."eu_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_project_alignments" ADD CONSTRAINT "eu_project_alignments_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_project_audits" ADD CONSTRAINT "eu_project_audits_project_id_eu_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."eu_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_project_partners" ADD CONSTRAINT "eu_project_partners_project_id_eu_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."eu_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_project_reports" ADD CONSTRAINT "eu_project_reports_project_id_eu_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."eu_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_project_status_changes" ADD CONSTRAINT "eu_project_status_changes_project_id_eu_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."eu_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_projects" ADD CONSTRAINT "eu_projects_programme_id_funding_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."funding_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_projects" ADD CONSTRAINT "eu_projects_responsible_unit_id_units_id_fk" FOREIGN KEY ("responsible_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_projects" ADD CONSTRAINT "eu_projects_contact_id_users_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "eu_project_alignments_priority" ON "eu_project_alignments" USING btree ("priority_id");--> statement-breakpoint
CREATE INDEX "eu_project_audits_project" ON "eu_project_audits" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "eu_project_partners_project" ON "eu_project_partners" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "eu_project_reports_project" ON "eu_project_reports" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "eu_project_reports_due" ON "eu_project_reports" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "eu_project_status_changes_project" ON "eu_project_status_changes" USING btree ("project_id","changed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "eu_projects_external_id" ON "eu_projects" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "eu_projects_programme" ON "eu_projects" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "eu_projects_status" ON "eu_projects" USING btree ("status");--> statement-breakpoint
CREATE INDEX "eu_projects_unit" ON "eu_projects" USING btree ("responsible_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "funding_programmes_code" ON "funding_programmes" USING btree ("code");