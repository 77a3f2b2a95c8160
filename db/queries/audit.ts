import "server-only";
import { and, asc, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { fetchPage } from "@/lib/paging";
import type { Db, Tx } from "../client";
import { auditLog } from "../schema";
import { countWhere } from "./paging";

export type AuditInput = {
  entityType: string;
  entityId: string;
  action: string;
  version?: number | null;
  actor: { id: string; name: string } | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  isPublication?: boolean;
  /** False only when the change cannot show on any public page (the public change counter then stays); by default false for STAFF_ONLY_ENTITY_TYPES. */
  publicEffect?: boolean;
};

/**
 * Kinds of item that no public page, feed or embed ever shows (evaluations of
 * advocacy, the executive briefing's commentary, personal calendar feeds,
 * refused single sign-ons): their history records never move the public change
 * counter, so writing them never makes the public page cache render again
 * (issue 17). A kind that a public page reads must not be listed here.
 */
export const STAFF_ONLY_ENTITY_TYPES: ReadonlySet<string> = new Set(["evaluation_round", "evaluation_response", "briefing_commentary", "calendar_feed", "sso_sign_in"]);

/** Record one change. Call it inside the transaction that makes the change. */
export async function recordAudit(tx: Tx | Db, entry: AuditInput): Promise<void> {
  await tx.insert(auditLog).values({
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    version: entry.version ?? null,
    actorId: entry.actor?.id ?? null,
    actorName: entry.actor?.name ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    isPublication: entry.isPublication ?? false,
    publicEffect: entry.publicEffect ?? !STAFF_ONLY_ENTITY_TYPES.has(entry.entityType),
  });
}

/** An item's history for staff: every change, oldest first. */
export async function historyForStaff(db: Db, entityType: string, entityId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.at), asc(auditLog.id));
}

/** Entries of an item's history page: newest first, 20 to a page (`?historyPage=`). */
export const HISTORY_PAGE_SIZE = 20;

/** Whose history a page shows: one kind of item and its ids; `actionPrefix` names the kind in the action (`progress_update.publish`). */
export type HistorySource = { entityType: string; entityIds: string[]; actionPrefix?: string };

/**
 * One page of the history of one or more items (e.g. a measure and its
 * progress updates, woven together by time), newest first, paged in SQL
 * through `fetchPage` and read by the `audit_log_entity` index.
 */
export async function pageHistory(db: Db, sources: HistorySource[], opts: { page: number; size?: number }) {
  const conditions = sources.filter((s) => s.entityIds.length).map((s) => and(eq(auditLog.entityType, s.entityType), s.entityIds.length === 1 ? eq(auditLog.entityId, s.entityIds[0]!) : inArray(auditLog.entityId, s.entityIds)));
  const where: SQL = conditions.length ? or(...conditions)! : sql`false`;
  const prefix = new Map(sources.filter((s) => s.actionPrefix).map((s) => [s.entityType, s.actionPrefix!]));
  const page = await fetchPage(
    opts.page,
    (limit, offset) => db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit).offset(offset),
    countWhere(db, auditLog, where),
    opts.size ?? HISTORY_PAGE_SIZE,
  );
  return { ...page, rows: page.rows.map((e) => (prefix.has(e.entityType) ? { ...e, action: `${prefix.get(e.entityType)}.${e.action}` } : e)) };
}

/** An item's history for the public: only its published versions, and only
 * the published snapshot (never the working copy). */
export async function publishedHistory(db: Db, entityType: string, entityId: string) {
  return db
    .select({ at: auditLog.at, version: auditLog.version, snapshot: auditLog.after })
    .from(auditLog)
    .where(
      and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId), eq(auditLog.isPublication, true)),
    )
    .orderBy(asc(auditLog.at), asc(auditLog.id));
}
