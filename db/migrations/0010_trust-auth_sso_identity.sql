ALTER TABLE "users" ADD COLUMN "sso_issuer" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "sso_subject" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "sso_link_allowed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "users_sso_identity_unique" ON "users" USING btree ("sso_issuer","sso_subject");--> statement-breakpoint
-- Accounts without a password existed only to sign in with SSO (matched by e-mail until now):
-- their next SSO sign-in with a verified e-mail attaches its identity to them, once.
UPDATE "users" SET "sso_link_allowed" = true WHERE "password_hash" IS NULL;
