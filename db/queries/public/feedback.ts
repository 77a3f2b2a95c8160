import "server-only";
import { count, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Actor } from "@/lib/permissions";
import { updateVersioned } from "@/lib/publishing";
import type { Db, Tx } from "../../client";
import { feedbackMessages, users } from "../../schema";

export type FeedbackFilter = "open" | "handled" | "all";

/** Feedback for the admins, newest first, with who handled it. */
export async function listFeedback(db: Db, filter: FeedbackFilter, limit = 200) {
  const where = filter === "open" ? isNull(feedbackMessages.handledAt) : filter === "handled" ? isNotNull(feedbackMessages.handledAt) : undefined;
  return db
    .select({
      id: feedbackMessages.id,
      kind: feedbackMessages.kind,
      message: feedbackMessages.message,
      name: feedbackMessages.name,
      email: feedbackMessages.email,
      pagePath: feedbackMessages.pagePath,
      locale: feedbackMessages.locale,
      createdAt: feedbackMessages.createdAt,
      handledAt: feedbackMessages.handledAt,
      handledByName: users.name,
      version: feedbackMessages.version,
    })
    .from(feedbackMessages)
    .leftJoin(users, eq(users.id, feedbackMessages.handledBy))
    .where(where)
    .orderBy(desc(feedbackMessages.createdAt))
    .limit(limit);
}

export async function countOpenFeedback(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(feedbackMessages).where(isNull(feedbackMessages.handledAt));
  return row?.n ?? 0;
}

// ---- writes ----

export async function lockFeedback(tx: Tx, id: string) {
  return (await tx.select().from(feedbackMessages).where(eq(feedbackMessages.id, id)).for("update"))[0];
}

/** Mark handled by `actor` (or back to open), version-checked. */
export function setFeedbackHandledRow(tx: Tx, id: string, version: number, handled: boolean, actor: Actor) {
  const values = handled ? { handledAt: new Date(), handledBy: actor.id } : { handledAt: null, handledBy: null };
  return updateVersioned(tx, feedbackMessages, id, version, values, actor);
}

export async function insertFeedback(tx: Tx, values: Pick<typeof feedbackMessages.$inferInsert, "kind" | "message" | "name" | "email" | "pagePath" | "locale" | "senderKey">) {
  const [row] = await tx.insert(feedbackMessages).values(values).returning({ id: feedbackMessages.id });
  return row?.id;
}
