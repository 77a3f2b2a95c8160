import "server-only";
import { eq, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { signInCounters } from "@/db/schema";

/** Sign-in attempts allowed per window before sign-in is refused for the rest of it. */
export const LIMITS = { perEmail: 5, perAddress: 20, windowMinutes: 15 };

function keys(email: string, address: string | null) {
  return { emailKey: `email:${email}`, addressKey: address ? `ip:${address}` : null };
}

/**
 * Records a sign-in attempt for the e-mail and the address *before* the
 * password is compared, and says whether the attempt may go on. One statement:
 * the counter rows are locked by the upsert, so parallel attempts are counted
 * one after the other and at most the limit get through, however many arrive
 * at once. A window starts at the first attempt after the previous one ended.
 */
export async function recordAttempt(db: Db, email: string, address: string | null): Promise<{ allowed: boolean }> {
  const { emailKey, addressKey } = keys(email, address);
  const inWindow = sql`${signInCounters.windowStart} > now() - make_interval(mins => ${LIMITS.windowMinutes})`;
  // Always e-mail before address, so two statements never lock the same two rows in opposite order.
  const rows = await db
    .insert(signInCounters)
    .values([{ key: emailKey }, ...(addressKey ? [{ key: addressKey }] : [])])
    .onConflictDoUpdate({
      target: signInCounters.key,
      set: {
        attempts: sql`case when ${inWindow} then ${signInCounters.attempts} + 1 else 1 end`,
        windowStart: sql`case when ${inWindow} then ${signInCounters.windowStart} else now() end`,
      },
    })
    .returning({ key: signInCounters.key, attempts: signInCounters.attempts });
  const byEmail = rows.find((r) => r.key === emailKey)?.attempts ?? 0;
  const byAddress = addressKey ? (rows.find((r) => r.key === addressKey)?.attempts ?? 0) : 0;
  return { allowed: byEmail <= LIMITS.perEmail && byAddress <= LIMITS.perAddress };
}

/**
 * A correct password: the e-mail starts afresh, and the address gets this
 * attempt back (colleagues behind one office address do not use up each other's tries).
 */
export async function attemptSucceeded(db: Db, email: string, address: string | null): Promise<void> {
  const { emailKey, addressKey } = keys(email, address);
  await db
    .delete(signInCounters)
    .where(or(eq(signInCounters.key, emailKey), lt(signInCounters.windowStart, sql`now() - interval '1 day'`)));
  if (addressKey) {
    await db
      .update(signInCounters)
      .set({ attempts: sql`greatest(${signInCounters.attempts} - 1, 0)` })
      .where(eq(signInCounters.key, addressKey));
  }
}

// The address is read from the trustworthy (right) end of X-Forwarded-For; see client-address.ts.
export { clientAddress } from "./client-address";
