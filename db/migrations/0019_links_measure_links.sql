CREATE TYPE "public"."measure_link_kind" AS ENUM('euProject', 'network', 'advocacyActivity', 'governmentAsk', 'evaluationRound');--> statement-breakpoint
CREATE TABLE "measure_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"kind" "measure_link_kind" NOT NULL,
	"eu_project_id" uuid,
	"network_id" uuid,
	"advocacy_activity_id" uuid,
	"government_ask_id" uuid,
	"evaluation_round_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_links_one_target" CHECK (num_nonnulls("measure_links"."eu_project_id", "measure_links"."network_id", "measure_links"."advocacy_activity_id", "measure_links"."government_ask_id", "measure_links"."evaluation_round_id") = 1 and case "measure_links"."kind"
        when 'euProject' then "measure_links"."eu_project_id" is not null
        when 'network' then "measure_links"."network_id" is not null
        when 'advocacyActivity' then "measure_links"."advocacy_activity_id" is not null
        when 'governmentAsk' then "measure_links"."government_ask_id" is not null
        when 'evaluationRound' then "measure_links"."evaluation_round_id" is not null end)
);
--> statement-breakpoint
ALTER TABLE "measure_links" ADD CONSTRAINT "measure_links_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_links" ADD CONSTRAINT "measure_links_eu_project_id_eu_projects_id_fk" FOREIGN KEY ("eu_project_id") REFERENCES "public"."eu_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_links" ADD CONSTRAINT "measure_links_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_links" ADD CONSTRAINT "measure_links_advocacy_activity_id_advocacy_activities_id_fk" FOREIGN KEY ("advocacy_activity_id") REFERENCES "public"."advocacy_activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_links" ADD CONSTRAINT "measure_links_government_ask_id_government_asks_id_fk" FOREIGN KEY ("government_ask_id") REFERENCES "public"."government_asks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_links" ADD CONSTRAINT "measure_links_evaluation_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("evaluation_round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measure_links_measure" ON "measure_links" USING btree ("measure_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_links_eu_project" ON "measure_links" USING btree ("eu_project_id","measure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_links_network" ON "measure_links" USING btree ("network_id","measure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_links_activity" ON "measure_links" USING btree ("advocacy_activity_id","measure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_links_ask" ON "measure_links" USING btree ("government_ask_id","measure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_links_round" ON "measure_links" USING btree ("evaluation_round_id","measure_id");