import { env } from "@/lib/env";

/** The secret that encrypts the session tokens: Auth.js's, and the token readings' (lib/auth/session-token.ts). */
export function authSecret(): string {
  const configured = env().AUTH_SECRET;
  if (!configured && env().NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is not set. Set it to a long random string (e.g. `openssl rand -base64 32`).");
  }
  return configured ?? "development-only-secret-not-for-production";
}
