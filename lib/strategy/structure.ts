import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { goals, measurePriorities, measures, priorities } from "@/db/schema";
import type { ActionContext } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { can } from "@/lib/permissions";
import { archiveRow, changedFields, loadForUpdate, updateVersioned, type PublishableTable } from "@/lib/publishing";
import { reviewSource } from "@/lib/review/sources";
import { reviewStateAfterSave } from "./review-state";

type Row = { id: string; version: number; reviewState: "draft" | "pending" | "returned" | "published"; published: unknown; archivedAt: Date | null; updatedAt: Date; updatedBy: string | null };

/**
 * The shared write path of the strategy's structural items (periods, goals,
 * priorities): coordinators and admins save a draft or "save and publish";
 * the history records exactly the fields that changed.
 */
export async function loadActive<R extends Row>(tx: Tx, table: PublishableTable, id: string): Promise<R | null> {
  const row = await loadForUpdate<R & { updatedAt: Date }>(tx, table, id);
  return row && !row.archivedAt ? row : null;
}

export async function publishIfAsked(ctx: { tx: Tx; actor: ActionContext<unknown, unknown>["actor"]; audit: ActionContext<unknown, unknown>["audit"] }, type: string, id: string, version: number, intent: string | undefined) {
  if (intent !== "publish") return;
  if (!can(ctx.actor.role, "content.publish")) throw new ActionError("forbidden");
  const source = reviewSource(type);
  const row = await source?.lock(ctx.tx, id);
  if (!source || !row) throw new ActionError("not_found");
  await source.publish(ctx, row, version);
}

export async function saveStructural<R extends Row>(options: {
  ctx: ActionContext<{ version: number; intent?: string }, R>;
  table: PublishableTable;
  type: string;
  values: Record<string, unknown>;
  fields: string[];
}) {
  const { ctx, table, type, values, fields } = options;
  const { tx, actor, input, item, audit } = ctx;
  if (input.intent === "publish" && !can(actor.role, "content.publish")) throw new ActionError("forbidden");
  const diff = changedFields(item as Record<string, unknown>, { ...item, ...values }, fields);
  let version = input.version;
  if (Object.keys(diff.after).length) {
    const reviewState = reviewStateAfterSave(actor, item, true);
    const updated = await updateVersioned(tx, table, item.id, input.version, { ...values, reviewState }, actor);
    await audit({ entityType: type, entityId: item.id, action: "update", version: updated.version, ...diff });
    version = updated.version;
  } else if (input.intent !== "publish") {
    throw new ActionError("invalid", { key: "errors.noChanges" });
  }
  await publishIfAsked({ tx, actor, audit }, type, item.id, version, input.intent);
}

/** What still hangs under a period (goals), a goal (priorities and measures) or a priority (the measures serving it). */
async function activeChildren(tx: Tx, type: string, id: string): Promise<number> {
  const n = async (q: Promise<{ n: number }[]>) => Number((await q)[0]?.n ?? 0);
  if (type === "period") return n(tx.select({ n: count() }).from(goals).where(and(eq(goals.periodId, id), isNull(goals.archivedAt))));
  if (type === "goal") {
    return (
      (await n(tx.select({ n: count() }).from(priorities).where(and(eq(priorities.goalId, id), isNull(priorities.archivedAt))))) +
      (await n(tx.select({ n: count() }).from(measures).where(and(eq(measures.goalId, id), isNull(measures.archivedAt)))))
    );
  }
  if (type === "priority") {
    return n(
      tx
        .select({ n: count() })
        .from(measurePriorities)
        .innerJoin(measures, eq(measures.id, measurePriorities.measureId))
        .where(and(eq(measurePriorities.priorityId, id), isNull(measures.archivedAt))),
    );
  }
  return 0;
}

/**
 * Archive a period, goal or priority. Refused while something active still
 * hangs under it: archiving the parent alone would leave measures that
 * neither the public nor their editors could place any more.
 */
export async function archiveStructural<R extends Row>(ctx: ActionContext<{ version: number }, R>, table: PublishableTable, type: string) {
  const children = await activeChildren(ctx.tx, type, ctx.item.id);
  if (children > 0) throw new ActionError("invalid", { key: "structurePage.archiveHasChildren", params: { count: children } });
  await archiveRow({ tx: ctx.tx, table, entityType: type, row: ctx.item, expectedVersion: ctx.input.version, actor: ctx.actor, audit: ctx.audit });
}
