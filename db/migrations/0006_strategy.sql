DROP TABLE "feedback_messages" CASCADE;--> statement-breakpoint
DROP TYPE "public"."feedback_kind";