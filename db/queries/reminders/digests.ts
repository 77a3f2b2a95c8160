import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "../../client";
import { reminderDigests, type DigestStatus } from "../../schema";

/** A failed digest is tried again by later runs, this many times in all. */
export const MAX_ATTEMPTS = 5;

/**
 * Claim the digest of one person and period before sending it. One INSERT,
 * atomic on its own: the unique (user, period) index lets exactly one claim
 * win, whichever run or app server makes it; a later claim gets null. A
 * digest whose earlier attempt failed is claimed again (never one that is
 * being sent or was sent).
 */
export async function claimDigest(
  db: Db,
  claim: { userId: string; period: string; frequency: "weekly" | "daily"; locale: "fi" | "sv" | "en"; itemCount: number },
): Promise<string | null> {
  const [row] = await db
    .insert(reminderDigests)
    .values({ ...claim, status: "sending" })
    .onConflictDoUpdate({
      target: [reminderDigests.userId, reminderDigests.period],
      set: { status: "sending", attempts: sql`${reminderDigests.attempts} + 1`, claimedAt: new Date(), error: null, itemCount: claim.itemCount, locale: claim.locale },
      setWhere: and(eq(reminderDigests.status, "failed"), lt(reminderDigests.attempts, MAX_ATTEMPTS)),
    })
    .returning({ id: reminderDigests.id });
  return row?.id ?? null;
}

/** Record how the claimed digest went. */
export async function finishDigest(db: Db, id: string, outcome: { status: Exclude<DigestStatus, "sending">; messageId?: string | null; error?: string | null }) {
  await db
    .update(reminderDigests)
    .set({ status: outcome.status, messageId: outcome.messageId ?? null, error: outcome.error ? outcome.error.slice(0, 1000) : null, finishedAt: new Date() })
    .where(eq(reminderDigests.id, id));
}

/** The digests recorded for a person, newest first (for tests and support). */
export async function digestsOf(db: Db, userId: string) {
  return db.select().from(reminderDigests).where(eq(reminderDigests.userId, userId)).orderBy(sql`${reminderDigests.claimedAt} desc`);
}
