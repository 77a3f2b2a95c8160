ALTER TABLE "eu_projects" DROP CONSTRAINT "eu_projects_money_non_negative";--> statement-breakpoint
ALTER TABLE "eu_projects" ALTER COLUMN "state_funding_cents" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "eu_projects" ALTER COLUMN "state_funding_cents" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "eu_projects" ALTER COLUMN "own_funding_cents" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "eu_projects" ALTER COLUMN "own_funding_cents" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "eu_projects" ADD CONSTRAINT "eu_projects_money_non_negative" CHECK (coalesce("eu_projects"."eu_contribution_cents", 0) >= 0 and coalesce("eu_projects"."state_funding_cents", 0) >= 0 and coalesce("eu_projects"."own_funding_cents", 0) >= 0 and coalesce("eu_projects"."total_budget_cents", 0) >= 0);