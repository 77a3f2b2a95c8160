import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { ActionContext } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { loadForUpdate, updateVersioned, type PublishableTable } from "@/lib/publishing";

type Row = { id: string; version: number; reviewState: string; published: unknown; archivedAt: Date | null; updatedAt: Date; updatedBy: string | null };

/** Lock an archived row for restoring; an active (or missing) one counts as not found. */
export async function loadArchived<R extends Row>(tx: Tx, table: PublishableTable, id: string): Promise<R | null> {
  const row = await loadForUpdate<R>(tx, table, id);
  return row && row.archivedAt ? row : null;
}

/**
 * Refuse while the parent (the period of a goal, the goal of a priority or
 * measure) is still archived. The parent is locked, as archiving it locks it
 * before counting its active children: a restore and an archive of the
 * parent at the same time cannot both succeed.
 */
export async function requireActiveParent(tx: Tx, parent: PublishableTable, parentId: string) {
  const [p] = (await tx.select({ archivedAt: parent.archivedAt }).from(parent).where(eq(parent.id, parentId)).for("update")) as { archivedAt: Date | null }[];
  if (!p || p.archivedAt) throw new ActionError("invalid", { key: "structurePage.restoreParentArchived" });
}

/**
 * Bring an archived item back as a draft working copy. Public pages show a
 * row when it has a snapshot and is not archived, so merely clearing
 * archivedAt would put the old snapshot back on the public site without
 * anyone reviewing it. The snapshot is therefore dropped (its publish entry
 * in the history keeps it): the item reappears publicly only after the
 * normal review and publish.
 */
export async function restoreRow<R extends Row>(ctx: ActionContext<{ version: number }, R>, table: PublishableTable, entityType: string) {
  const { tx, actor, input, item, audit } = ctx;
  const updated = await updateVersioned<Row & { updatedAt: Date }>(
    tx,
    table,
    item.id,
    input.version,
    { archivedAt: null, published: null, reviewState: "draft", reviewComment: null },
    actor,
  );
  await audit({
    entityType,
    entityId: item.id,
    action: "restore",
    version: updated.version,
    before: { archivedAt: item.archivedAt?.toISOString() ?? null, reviewState: item.reviewState },
    after: { archivedAt: null, reviewState: "draft" },
  });
  return updated;
}
