CREATE TYPE "public"."feedback_kind" AS ENUM('accessibility', 'content', 'other');--> statement-breakpoint
CREATE TABLE "feedback_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "feedback_kind" NOT NULL,
	"message" text NOT NULL,
	"name" text,
	"email" text,
	"page_path" text,
	"locale" "locale" NOT NULL,
	"sender_key" text NOT NULL,
	"handled_at" timestamp with time zone,
	"handled_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "feedback_messages" ADD CONSTRAINT "feedback_messages_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_messages_created" ON "feedback_messages" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "feedback_messages_sender" ON "feedback_messages" USING btree ("sender_key","created_at");