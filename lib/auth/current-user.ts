import "server-only";
import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { auth } from "./auth";
import { authSecret } from "./secret";
import { cookiesOf, sessionUserId } from "./session-token";

/** The signed-in person with their current role from the database, or null. Once per request. */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  // The session cookie's reading is kept per token (lib/auth/session-token.ts); Auth.js itself only for a chunked cookie.
  // Read from the Cookie header, not cookies() (see cookiesOf: an action would answer with the whole page).
  const head = await headers();
  const fromToken = await sessionUserId(cookiesOf(head.get("cookie")), head, authSecret());
  const id = fromToken === undefined ? (await auth())?.user?.id : fromToken;
  if (!id) return null;
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, unitId: users.unitId, locale: users.locale, active: users.active })
    .from(users)
    .where(eq(users.id, id));
  if (!user || !user.active) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role ?? "public", unitId: user.unitId, locale: user.locale };
});

/**
 * The signed-in person's id from the signed session token alone, without the
 * database. Not a permission by itself: for an answer that must come while
 * a long import holds the embedded database (PGlite runs one transaction at
 * a time) — the import progress poll compares it with the owner its job
 * recorded when that person was checked with `getCurrentUser`.
 */
export async function getSessionUserId(): Promise<string | null> {
  const session = await auth();
  return session?.user?.id ?? null;
}
