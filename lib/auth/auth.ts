import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { env, oidcEnabled } from "@/lib/env";
import { checkCredentials } from "./credentials";
import { authSecret } from "./secret";
import { clientAddress } from "./rate-limit";
import { upsertOidcUser } from "./sso";
import { SSO_LOCALE_COOKIE } from "./sso-locale";

/** Sign-in refused because of too many failures; shown with its own message. */
export class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

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

async function ssoLocale(): Promise<string> {
  try {
    const { cookies } = await import("next/headers");
    const value = (await cookies()).get(SSO_LOCALE_COOKIE)?.value;
    return value === "sv" || value === "en" ? value : "fi";
  } catch {
    return "fi";
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
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
    async signIn({ user, account, profile }) {
      if (account?.provider === "oidc") {
        const claims = (profile ?? {}) as { sub?: unknown; email?: unknown; email_verified?: unknown; name?: unknown };
        const result = await upsertOidcUser(await getDb(), {
          issuer: env().AUTH_OIDC_ISSUER ?? "",
          subject: typeof claims.sub === "string" ? claims.sub : account.providerAccountId,
          email: typeof claims.email === "string" ? claims.email : user.email,
          emailVerified: claims.email_verified,
          name: typeof claims.name === "string" ? claims.name : user.name,
        });
        // A refusal goes back to the sign-in page with its reason, in the locale the sign-in started from.
        if (!result.ok) return `/${await ssoLocale()}/signin?error=${result.reason}`;
        user.id = result.userId;
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
