import "server-only";
import type { Db } from "@/db/client";
import { queueItems } from "@/db/queries/review/queue";
import { reviewRow, userNames } from "@/db/queries/review/detail";
import type { Locale } from "@/lib/i18n/routing";
import { loadForUpdate, returnRow, type PublishableTable } from "@/lib/publishing";
import type { ReviewContext, ReviewDetail, ReviewRow, ReviewSource } from "./types";

/** A publishable row as the review queue reads it. */
type Reviewed = ReviewRow & { reviewComment: string | null; archivedAt: Date | null };

/** What only the item's own kind knows of its comparison page; the rest is the same for every kind. */
export type ReviewDetailOf = Pick<ReviewDetail, "title" | "typeLabel" | "editHref" | "publicHref" | "internalOnly" | "rows" | "missingTranslations"> & { area?: string };

/**
 * A review source (lib/review/types.ts) for a kind of item kept in one
 * table with the shared publication columns: the queue, reading the row
 * (archived is gone), who saved it last, the lock for a decision and
 * "return to editor" are the same for every such kind; the kind gives its
 * comparison (`detail`, null when the item cannot be shown) and how it is
 * published.
 */
export function tableReviewSource<R extends Reviewed>(options: {
  type: string;
  area: string;
  table: PublishableTable;
  detail: (db: Db, row: R, locale: Locale) => Promise<ReviewDetailOf | null>;
  publish: (ctx: ReviewContext, row: ReviewRow, version: number) => Promise<void>;
}): ReviewSource {
  const { type, area, table } = options;
  return {
    type,
    area,
    queue: (db) => queueItems(db, type),
    async detail(db, id, locale) {
      const row = await reviewRow<R>(db, table, id);
      if (!row || row.archivedAt) return null;
      const own = await options.detail(db, row, locale);
      if (!own) return null;
      const by = await userNames(db, [row.updatedBy]);
      return {
        type,
        id,
        area,
        version: row.version,
        state: row.reviewState,
        comment: row.reviewComment,
        by: row.updatedBy ? (by.get(row.updatedBy) ?? null) : null,
        at: row.updatedAt,
        firstPublication: row.published == null,
        ...own,
      };
    },
    lock: async (tx, id) => {
      const row = await loadForUpdate<Reviewed>(tx, table, id);
      return row && !row.archivedAt ? row : null;
    },
    publish: options.publish,
    async returnToEditor(ctx, row, version, comment) {
      await returnRow({ ...ctx, table, entityType: type, row, expectedVersion: version, comment });
    },
  };
}
