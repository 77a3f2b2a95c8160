import { boolean, integer, jsonb, text, timestamp, uuid, pgEnum } from "drizzle-orm/pg-core";

/** A content field in Finnish (required), Swedish and English. */
export type LocalizedText = { fi: string; sv?: string; en?: string };

export const localized = (name: string) => jsonb(name).$type<LocalizedText>();

export const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

export const reviewState = pgEnum("review_state", ["draft", "pending", "returned", "published"]);

/**
 * Columns every publishable item carries. The row itself is the working copy
 * (what staff edit); `published` is the snapshot of public fields taken when a
 * coordinator published it. Public pages read only the snapshot, so a draft
 * can never leak to them. `version` increases on every write and guards
 * against lost updates.
 */
export const publication = () => ({
  version: integer().notNull().default(1),
  reviewState: reviewState().notNull().default("draft"),
  reviewComment: text(),
  published: jsonb().$type<Record<string, unknown>>(),
  publishedAt: timestamp({ withTimezone: true }),
  publishedVersion: integer(),
  archivedAt: timestamp({ withTimezone: true }),
  createdBy: uuid(),
  updatedBy: uuid(),
  /**
   * Invented demo content (set by the demo seed only, never by an editor), so
   * that public pages can tell it from the city's own text and say so. For a
   * measure it marks the reported status, progress and milestones as demo;
   * its title and description may still quote the source page.
   */
  isDemo: boolean().notNull().default(false),
});
