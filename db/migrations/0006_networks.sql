CREATE TYPE "public"."membership_status" AS ENUM('candidate', 'member', 'observer', 'leaving', 'left');--> statement-breakpoint
CREATE TYPE "public"."network_type" AS ENUM('city_network', 'eu_network', 'global_network', 'bilateral', 'other');--> statement-breakpoint
CREATE TYPE "public"."participation_kind" AS ENUM('meeting', 'conference', 'working_group', 'project', 'outcome', 'other');--> statement-breakpoint
CREATE TYPE "public"."review_recommendation" AS ENUM('keep', 'leave', 'join', 're_evaluate');--> statement-breakpoint
CREATE TYPE "public"."review_round_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TABLE "network_contacts" (
	"network_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "network_contacts_network_id_user_id_pk" PRIMARY KEY("network_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "network_participation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"kind" "participation_kind" NOT NULL,
	"title" text NOT NULL,
	"participants" text,
	"outcome" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_priorities" (
	"network_id" uuid NOT NULL,
	"priority_id" uuid NOT NULL,
	CONSTRAINT "network_priorities_network_id_priority_id_pk" PRIMARY KEY("network_id","priority_id")
);
--> statement-breakpoint
CREATE TABLE "network_review_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"status_at_review" "membership_status" NOT NULL,
	"fee_cents_at_review" bigint,
	"currency_at_review" text DEFAULT 'EUR' NOT NULL,
	"priority_ids_at_review" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decision" "review_recommendation",
	"decided_on" date,
	"decision_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_review_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"status" "review_round_status" DEFAULT 'open' NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_review_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"strategic_fit" integer NOT NULL,
	"benefit" integer NOT NULL,
	"cost_effectiveness" integer NOT NULL,
	"recommendation" "review_recommendation" NOT NULL,
	"justification" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_review_scores_range" CHECK ("network_review_scores"."strategic_fit" between 1 and 5 and "network_review_scores"."benefit" between 1 and 5 and "network_review_scores"."cost_effectiveness" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "network_roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"start_date" date,
	"end_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"status" "membership_status" NOT NULL,
	"changed_on" date NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "networks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"type" "network_type" NOT NULL,
	"website" text,
	"country_code" text,
	"status" "membership_status" NOT NULL,
	"status_since" date NOT NULL,
	"annual_fee_cents" bigint,
	"fee_currency" text DEFAULT 'EUR' NOT NULL,
	"staff_days" numeric(7, 1),
	"responsible_unit_id" uuid,
	"decision_number" text,
	"decision_date" date,
	"internal_notes" text,
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
	CONSTRAINT "networks_fee_not_negative" CHECK ("networks"."annual_fee_cents" >= 0),
	CONSTRAINT "networks_staff_days_not_negative" CHECK ("networks"."staff_days" >= 0)
);
--> statement-breakpoint
ALTER TABLE "network_contacts" ADD CONSTRAINT "network_contacts_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_contacts" ADD CONSTRAINT "network_contacts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_participation" ADD CONSTRAINT "network_participation_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_priorities" ADD CONSTRAINT "network_priorities_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_priorities" ADD CONSTRAINT "network_priorities_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_review_items" ADD CONSTRAINT "network_review_items_round_id_network_review_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."network_review_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_review_items" ADD CONSTRAINT "network_review_items_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_review_scores" ADD CONSTRAINT "network_review_scores_item_id_network_review_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."network_review_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_review_scores" ADD CONSTRAINT "network_review_scores_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_roles" ADD CONSTRAINT "network_roles_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_status_changes" ADD CONSTRAINT "network_status_changes_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_responsible_unit_id_units_id_fk" FOREIGN KEY ("responsible_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "network_contacts_user" ON "network_contacts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "network_participation_network" ON "network_participation" USING btree ("network_id","occurred_on");--> statement-breakpoint
CREATE INDEX "network_priorities_priority" ON "network_priorities" USING btree ("priority_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_review_items_round_network" ON "network_review_items" USING btree ("round_id","network_id");--> statement-breakpoint
CREATE INDEX "network_review_items_network" ON "network_review_items" USING btree ("network_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_review_scores_item_reviewer" ON "network_review_scores" USING btree ("item_id","reviewer_id");--> statement-breakpoint
CREATE INDEX "network_roles_network" ON "network_roles" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "network_status_changes_network" ON "network_status_changes" USING btree ("network_id","changed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "networks_name_fi_unique" ON "networks" USING btree (lower(btrim("name"->>'fi')));--> statement-breakpoint
CREATE INDEX "networks_unit" ON "networks" USING btree ("responsible_unit_id");