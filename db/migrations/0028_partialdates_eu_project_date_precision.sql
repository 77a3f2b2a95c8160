ALTER TABLE "eu_projects" DROP CONSTRAINT "eu_projects_dates";--> statement-breakpoint
ALTER TABLE "eu_projects" ADD COLUMN "start_precision" date_precision DEFAULT 'day' NOT NULL;--> statement-breakpoint
ALTER TABLE "eu_projects" ADD COLUMN "end_precision" date_precision DEFAULT 'day' NOT NULL;--> statement-breakpoint
ALTER TABLE "eu_projects" ADD CONSTRAINT "eu_projects_dates" CHECK ("eu_projects"."end_date" is null or "eu_projects"."start_date" is null or "eu_projects"."end_date" >= date_trunc("eu_projects"."end_precision"::text, "eu_projects"."start_date")::date);