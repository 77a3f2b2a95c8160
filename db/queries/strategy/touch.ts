import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Tx } from "../../client";
import { indicators, measures } from "../../schema";
import type { Actor } from "@/lib/permissions";
import { reviewStateAfterSave, type ReviewState } from "@/lib/strategy/review-state";

type Reviewed = { id: string; version: number; visibility: string; reviewState: ReviewState; published: unknown };

/**
 * A part of a reviewed item changed (a measure's milestone, progress update
 * or link; an indicator's value): the item that will be published changes
 * too. Its version goes up (so a reviewer never publishes something they did
 * not see) and it waits for review again. Returns the new version.
 */
export async function touchReviewed(tx: Tx, table: typeof measures | typeof indicators, item: Reviewed, actor: Actor): Promise<number> {
  const reviewState = reviewStateAfterSave(actor, item, item.visibility === "public");
  // Both tables have the columns of `publication()`; drizzle cannot update a union of tables.
  const t = table as typeof measures;
  const [row] = await tx
    .update(t)
    .set({ version: sql`${t.version} + 1`, reviewState, updatedAt: new Date(), updatedBy: actor.id })
    .where(eq(t.id, item.id))
    .returning({ version: t.version });
  return row?.version ?? item.version + 1;
}
