CREATE TYPE "public"."public_contact_entity" AS ENUM('measure', 'network');--> statement-breakpoint
CREATE TABLE "public_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"entity_type" "public_contact_entity" NOT NULL,
	"entity_id" uuid NOT NULL,
	"title" jsonb,
	"show_email" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "public_contacts" ADD CONSTRAINT "public_contacts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "public_contacts_item_user" ON "public_contacts" USING btree ("entity_type","entity_id","user_id");--> statement-breakpoint
CREATE INDEX "public_contacts_user" ON "public_contacts" USING btree ("user_id");