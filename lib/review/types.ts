import type { Db, Tx } from "@/db/client";
import type { LocalizedText } from "@/db/schema/common";
import type { AuditFn } from "@/lib/actions/define-action";
import type { Locale } from "@/lib/i18n/routing";
import type { Actor } from "@/lib/permissions";

export type ReviewState = "draft" | "pending" | "returned" | "published";

/** One line of the review queue. */
export type ReviewQueueItem = {
  type: string;
  id: string;
  /** Area key: its name is `areas.<area>.title` (messages/staff.json). */
  area: string;
  /** A translatable title is shown in the reader's language (falling back to Finnish). */
  title: string | LocalizedText;
  state: Exclude<ReviewState, "published">;
  /** Who saved the working copy last, and when. */
  by: string | null;
  at: Date;
  /** The item's own staff page (where it is edited). */
  editHref: string;
};

/** One row of the draft-beside-published comparison, already formatted for the reader. */
export type ComparisonRow = { key: string; label: string; published: string | null; draft: string | null };

export type ReviewDetail = {
  type: string;
  id: string;
  area: string;
  title: string;
  /** Name of the kind of item, e.g. "Measure". */
  typeLabel: string;
  version: number;
  state: ReviewState;
  comment: string | null;
  by: string | null;
  at: Date;
  editHref: string;
  publicHref?: string;
  /** Never published before: the "published" column is empty. */
  firstPublication: boolean;
  /** The draft is internal: publishing approves it, nothing becomes public. */
  internalOnly: boolean;
  rows: ComparisonRow[];
  /** Texts lacking a required language: label → languages. Publishing is refused until fixed. */
  missingTranslations: { label: string; languages: string[] }[];
};

/** A row locked for a review decision. */
export type ReviewRow = { id: string; version: number; reviewState: ReviewState; updatedAt: Date; updatedBy: string | null } & Record<string, unknown>;

export type ReviewContext = { tx: Tx; actor: Actor; audit: AuditFn };

/**
 * An area's kind of publishable item, as the cross-area review queue sees
 * it. Register one in lib/review/sources.ts. Reads take the database; the
 * decisions run inside the review actions' transaction.
 */
export type ReviewSource = {
  type: string;
  area: string;
  /** Items waiting for a decision (pending), unpublished drafts and returned ones. */
  queue: (db: Db) => Promise<ReviewQueueItem[]>;
  detail: (db: Db, id: string, locale: Locale) => Promise<ReviewDetail | null>;
  lock: (tx: Tx, id: string) => Promise<ReviewRow | null>;
  publish: (ctx: ReviewContext, row: ReviewRow, version: number) => Promise<void>;
  /** Send back to the editor with a comment the editor sees on the item. */
  returnToEditor: (ctx: ReviewContext, row: ReviewRow, version: number, comment: string) => Promise<void>;
};
