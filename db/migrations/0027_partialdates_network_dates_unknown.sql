ALTER TABLE "network_status_changes" ALTER COLUMN "changed_on" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ALTER COLUMN "status_since" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "network_status_changes" ADD COLUMN "changed_on_precision" date_precision DEFAULT 'day' NOT NULL;--> statement-breakpoint
UPDATE "network_status_changes" c SET "changed_on_precision" = n."status_since_precision" FROM "networks" n WHERE c."network_id" = n."id" AND c."status" = n."status" AND c."changed_on" = n."status_since";
