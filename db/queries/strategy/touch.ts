import "server-only";
import type { Tx } from "../../client";
import { indicators, measures } from "../../schema";
import type { Actor } from "@/lib/permissions";
import { updateVersioned, type VersionedTable } from "@/lib/publishing";
import { reviewStateAfterSave, type ReviewState } from "@/lib/strategy/review-state";

type Reviewed = { id: string; version: number; visibility: string; reviewState: ReviewState; published: unknown };

/**
 * A part of a reviewed item changed (a measure's milestone, progress update
 * or link; an indicator's value): the item that will be published changes
 * too. Its version goes up (so a reviewer never publishes something they did
 * not see) and it waits for review again. Returns the new version.
 *
 * Version-checked like every save: against `expectedVersion` when the form
 * was on the item's own page (a link added from the measure's page), else
 * against the version loaded with the item's row lock (which cannot have
 * moved since).
 */
export async function touchReviewed(tx: Tx, table: typeof measures | typeof indicators, item: Reviewed, actor: Actor, expectedVersion = item.version): Promise<number> {
  const reviewState = reviewStateAfterSave(actor, item, item.visibility === "public");
  const row = await updateVersioned<{ id: string; version: number; updatedAt: Date }>(tx, table as unknown as VersionedTable, item.id, expectedVersion, { reviewState }, actor);
  return row.version;
}
