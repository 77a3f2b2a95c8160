import { can, type Actor } from "@/lib/permissions";

export type ReviewState = "draft" | "pending" | "returned" | "published";

/**
 * The review state after a save. An editor's change to anything public (or
 * once published) waits for review; a publisher's own change is a draft
 * until they publish it, but never takes an item out of the review queue.
 * Internal items that were never public need no review.
 */
export function reviewStateAfterSave(actor: Actor, current: { reviewState: ReviewState; published: unknown }, isPublic: boolean): ReviewState {
  const affectsPublic = isPublic || current.published !== null;
  if (!affectsPublic) return "draft";
  if (can(actor.role, "content.publish")) return current.reviewState === "pending" ? "pending" : "draft";
  return "pending";
}
