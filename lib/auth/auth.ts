import "server-only";
import { eq } from "drizzle-orm";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { env, oidcEnabled } from "@/lib/env";
import { checkCredentials } from "./credentials";
import { clientAddress } from "./rate-limit";

/** Sign-in refused because of too many failures; shown with its own message. */
export class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

function secret(): string | undefined {
  const configured = env().AUTH_SECRET;
  if (!configured && env().NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is not set. Set it to a long random string (e.g. `openssl rand -base64 32`).");
  }
  return configured ?? "development-only-secret-not-for-production";
}

const providers: NextAuthConfig["providers"] = [
  Credentials({
    id: "credentials",
    credentials: { email: {}, password: {} },
    async authorize(raw, request) {
      const parsed = credentialsSchema.safeParse(raw);
      if (!parsed.success) return null;
      const { email, password } = parsed.data;
      const db = await getDb();
      const result = await checkCredentials(db, email, password, clientAddress(request.headers));
      if (!result.ok && result.reason === "rate_limited") throw new RateLimitedSignin();
      return result.ok ? result.user : null;
    },
  }),
];

if (oidcEnabled()) {
  const e = env();
  providers.push({
    id: "oidc",
    name: e.AUTH_OIDC_NAME,
    type: "oidc",
    issuer: e.AUTH_OIDC_ISSUER,
    clientId: e.AUTH_OIDC_CLIENT_ID,
    clientSecret: e.AUTH_OIDC_CLIENT_SECRET,
  });
}

/** An SSO user is matched by email; a new one is created without any staff role. */
async function upsertOidcUser(email: string, name: string | null | undefined): Promise<string | null> {
  const db = await getDb();
  const normalised = email.trim().toLowerCase();
  const [existing] = await db.select({ id: users.id, active: users.active }).from(users).where(eq(users.email, normalised));
  if (existing) {
    if (!existing.active) return null;
    await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, existing.id));
    return existing.id;
  }
  const [created] = await db
    .insert(users)
    .values({ email: normalised, name: name || normalised, role: null, lastSignInAt: new Date() })
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (created) return created.id;
  const [raced] = await db.select({ id: users.id }).from(users).where(eq(users.email, normalised));
  return raced?.id ?? null;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: secret(),
  trustHost: true,
  providers,
  session: { strategy: "jwt", maxAge: env().SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/fi/signin", error: "/fi/signin" },
  logger: {
    // Wrong passwords are expected; everything else is logged without details reaching users.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error.name, error.message);
    },
  },
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider === "oidc") {
        if (!user.email) return false;
        const id = await upsertOidcUser(user.email, user.name);
        if (!id) return false;
        user.id = id;
      }
      return true;
    },
    async jwt({ token, user }) {
      // Only the user's id travels in the token; role and unit are read from
      // the database on every request, so a change by an admin takes effect at once.
      if (user?.id) token.uid = user.id;
      return token;
    },
    async session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
}));
