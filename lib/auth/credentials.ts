import "server-only";
import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { dummyPasswordHash } from "./password";
import { attemptSucceeded, recordAttempt } from "./rate-limit";

export type CredentialsResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" | "rate_limited" };

/**
 * The password check behind the sign-in form. The attempt is counted before
 * the password is compared (lib/auth/rate-limit.ts), so parallel guesses
 * cannot all slip past the limit; an unknown e-mail costs the same bcrypt
 * work as a known one.
 */
export async function checkCredentials(db: Db, email: string, password: string, address: string | null): Promise<CredentialsResult> {
  const { allowed } = await recordAttempt(db, email, address);
  if (!allowed) return { ok: false, reason: "rate_limited" };
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(users.email, email));
  const ok = await bcrypt.compare(password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !ok || !user.active || !user.passwordHash) return { ok: false, reason: "invalid" };
  await attemptSucceeded(db, email, address);
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
