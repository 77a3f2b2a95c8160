import "server-only";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "../../client";
import { calendarFeeds } from "../../schema";
import { hashFeedToken, isWellFormedFeedToken, newFeedToken } from "@/lib/reminders/tokens";
import { getRecipient, type Recipient } from "./recipients";

/** Whether the person has a calendar link, and since when (the link itself is never readable again). */
export async function feedOf(db: Db | Tx, userId: string): Promise<{ createdAt: Date; updatedAt: Date } | null> {
  const [row] = await db.select({ createdAt: calendarFeeds.createdAt, updatedAt: calendarFeeds.updatedAt }).from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  return row ?? null;
}

/** Make a new link for the person, replacing any earlier one (which stops working). Returns the token, once. */
export async function renewFeed(tx: Tx, userId: string): Promise<{ token: string; replaced: boolean }> {
  const token = newFeedToken();
  const tokenHash = hashFeedToken(token);
  const now = new Date();
  const existed = await feedOf(tx, userId);
  await tx
    .insert(calendarFeeds)
    .values({ userId, tokenHash, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash, createdAt: now, updatedAt: now } });
  return { token, replaced: existed !== null };
}

export async function revokeFeed(tx: Tx, userId: string): Promise<boolean> {
  const rows = await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).returning({ userId: calendarFeeds.userId });
  return rows.length > 0;
}

/** The person a private feed token belongs to, if the link is live and they may still sign in with a staff role. */
export async function recipientByFeedToken(db: Db, token: string): Promise<Recipient | null> {
  if (!isWellFormedFeedToken(token)) return null;
  const [row] = await db.select({ userId: calendarFeeds.userId }).from(calendarFeeds).where(eq(calendarFeeds.tokenHash, hashFeedToken(token)));
  return row ? getRecipient(db, row.userId) : null;
}
