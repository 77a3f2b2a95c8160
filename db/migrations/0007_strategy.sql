DROP TABLE "network_contacts" CASCADE;--> statement-breakpoint
DROP TABLE "network_participation" CASCADE;--> statement-breakpoint
DROP TABLE "network_priorities" CASCADE;--> statement-breakpoint
DROP TABLE "network_review_items" CASCADE;--> statement-breakpoint
DROP TABLE "network_review_rounds" CASCADE;--> statement-breakpoint
DROP TABLE "network_review_scores" CASCADE;--> statement-breakpoint
DROP TABLE "network_roles" CASCADE;--> statement-breakpoint
DROP TABLE "network_status_changes" CASCADE;--> statement-breakpoint
DROP TABLE "networks" CASCADE;--> statement-breakpoint
DROP TYPE "public"."membership_status";--> statement-breakpoint
DROP TYPE "public"."network_type";--> statement-breakpoint
DROP TYPE "public"."participation_kind";--> statement-breakpoint
DROP TYPE "public"."review_recommendation";--> statement-breakpoint
DROP TYPE "public"."review_round_status";