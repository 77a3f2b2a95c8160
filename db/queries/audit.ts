import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { auditLog } from "../schema";

export type AuditInput = {
  entityType: string;
  entityId: string;
  action: string;
  version?: number | null;
  actor: { id: string; name: string } | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  isPublication?: boolean;
};

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
