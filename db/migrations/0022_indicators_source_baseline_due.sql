CREATE TYPE "public"."indicator_cadence" AS ENUM('monthly', 'quarterly', 'yearly');--> statement-breakpoint
CREATE TYPE "public"."indicator_direction" AS ENUM('up', 'down', 'keep');--> statement-breakpoint
CREATE TYPE "public"."indicator_source" AS ENUM('manual', 'computed', 'external');--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "source" "indicator_source" DEFAULT 'manual' NOT NULL;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "computation" text;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "source_name" text;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "source_url" text;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "direction" "indicator_direction";--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "baseline_value" numeric(20, 4);--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "baseline_date" date;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "next_due_date" date;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "cadence" "indicator_cadence";