import "server-only";
import { advocacyReviewSources } from "@/lib/advocacy/review-sources";
import { fundingReviewSource } from "@/lib/funding/review-source";
import { strategyReviewSources } from "@/lib/strategy/review/sources";
import { networkReviewSource } from "@/lib/networks/review-source";
import { documentReviewSource } from "@/lib/documents/review-source";
import type { ReviewSource } from "./types";

/**
 * The cross-area review queue's registry: every kind of publishable item
 * that waits for a coordinator's decision. To add an area, implement
 * `ReviewSource` (lib/review/types.ts) for each of its item types and list
 * them here; the queue page, the comparison page and the publish/return
 * actions then work for them with no further changes.
 */
export const reviewSources: ReviewSource[] = [...strategyReviewSources, ...advocacyReviewSources, networkReviewSource, fundingReviewSource, documentReviewSource];

export function reviewSource(type: string): ReviewSource | undefined {
  return reviewSources.find((s) => s.type === type);
}
