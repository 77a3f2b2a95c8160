import "server-only";
import { and, count, eq, gt, lt, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { signInAttempts } from "@/db/schema";

/** Failed attempts allowed per window before sign-in is refused for a while. */
export const LIMITS = { perEmail: 5, perAddress: 20, windowMinutes: 15 };

function keys(email: string, address: string | null) {
  return { emailKey: `email:${email}`, addressKey: address ? `ip:${address}` : null };
}

export async function isRateLimited(db: Db, email: string, address: string | null): Promise<boolean> {
  const { emailKey, addressKey } = keys(email, address);
  const since = new Date(Date.now() - LIMITS.windowMinutes * 60_000);
  const [byEmail] = await db
    .select({ n: count() })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.key, emailKey), gt(signInAttempts.at, since)));
  if ((byEmail?.n ?? 0) >= LIMITS.perEmail) return true;
  if (!addressKey) return false;
  const [byAddress] = await db
    .select({ n: count() })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.key, addressKey), gt(signInAttempts.at, since)));
  return (byAddress?.n ?? 0) >= LIMITS.perAddress;
}

export async function recordFailure(db: Db, email: string, address: string | null): Promise<void> {
  const { emailKey, addressKey } = keys(email, address);
  await db.insert(signInAttempts).values([{ key: emailKey }, ...(addressKey ? [{ key: addressKey }] : [])]);
  // Keep the table small: forget attempts older than a day.
  await db.delete(signInAttempts).where(lt(signInAttempts.at, new Date(Date.now() - 86_400_000)));
}

export async function clearFailures(db: Db, email: string): Promise<void> {
  const { emailKey } = keys(email, null);
  await db.delete(signInAttempts).where(or(eq(signInAttempts.key, emailKey)));
}

// The address is read from the trustworthy (right) end of X-Forwarded-For; see client-address.ts.
export { clientAddress } from "./client-address";
