import "server-only";
import { createHash } from "node:crypto";
import { and, count, eq, gt } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { feedbackMessages } from "@/db/schema";

/**
 * Anti-abuse for the public feedback form: a sender may send a few messages
 * in a while, and all senders together a bounded number per hour (so a flood
 * from many addresses cannot fill the admins' list). Plus, in the form, a
 * hidden field that people never fill in but form-filling robots do.
 */
export const FEEDBACK_LIMITS = { perSender: 10, senderWindowMinutes: 10, total: 300, totalWindowMinutes: 60, messageMin: 10, messageMax: 5000 };

/** A keyed hash of the sender's address: enough to count their messages, useless for finding them. */
export function senderKey(address: string | null): string {
  const secret = process.env.AUTH_SECRET ?? "feedback";
  return createHash("sha256").update(`${secret}|${address ?? "unknown"}`).digest("base64url").slice(0, 32);
}

export async function overFeedbackLimit(tx: Tx, key: string): Promise<boolean> {
  const now = Date.now();
  const [mine] = await tx
    .select({ n: count() })
    .from(feedbackMessages)
    .where(and(eq(feedbackMessages.senderKey, key), gt(feedbackMessages.createdAt, new Date(now - FEEDBACK_LIMITS.senderWindowMinutes * 60_000))));
  if ((mine?.n ?? 0) >= FEEDBACK_LIMITS.perSender) return true;
  const [all] = await tx
    .select({ n: count() })
    .from(feedbackMessages)
    .where(gt(feedbackMessages.createdAt, new Date(now - FEEDBACK_LIMITS.totalWindowMinutes * 60_000)));
  return (all?.n ?? 0) >= FEEDBACK_LIMITS.total;
}
