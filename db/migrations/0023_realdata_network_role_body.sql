ALTER TABLE "network_roles" ADD COLUMN "body" jsonb;--> statement-breakpoint
ALTER TABLE "network_roles" ADD COLUMN "start_precision" date_precision DEFAULT 'day' NOT NULL;--> statement-breakpoint
ALTER TABLE "network_roles" ADD COLUMN "end_precision" date_precision DEFAULT 'day' NOT NULL;