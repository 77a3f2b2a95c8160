import "server-only";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { goals, measurePriorities, measures, priorities, strategyPeriods, units } from "@/db/schema";
import type { ActionContext } from "@/lib/actions/define-action";
import { ActionError, invalidField } from "@/lib/actions/result";
import { can, type Actor } from "@/lib/permissions";
import { archiveRow, changedFields, loadForUpdate, updateVersioned, type PublishableTable } from "@/lib/publishing";
import { publishIfAsked } from "@/lib/strategy/structure";
import { reviewStateAfterSave } from "@/lib/strategy/review-state";

/**
 * The strategy's structural items (periods, goals, priorities; measures for
 * archive and restore): the actions name the kind of item, these find its table.
 */
const tables = { period: strategyPeriods, goal: goals, priority: priorities, measure: measures } as const;
export type StructureType = keyof typeof tables;
const table = (type: StructureType) => tables[type] as unknown as PublishableTable;

type Row = { id: string; version: number; reviewState: "draft" | "pending" | "returned" | "published"; published: unknown; archivedAt: Date | null; updatedAt: Date; updatedBy: string | null };

/** Lock a live (not archived) item for a write; null when it is missing or archived. */
export async function loadActive<R extends Row>(tx: Tx, type: StructureType, id: string): Promise<R | null> {
  const row = await loadForUpdate<R & { updatedAt: Date }>(tx, table(type), id);
  return row && !row.archivedAt ? row : null;
}

/**
 * The shared write path of periods, goals and priorities: coordinators and
 * admins save a draft or "save and publish"; the history records exactly the
 * fields that changed.
 */
export async function saveStructural<R extends Row>(options: {
  ctx: ActionContext<{ version: number; intent?: string }, R>;
  type: StructureType;
  values: Record<string, unknown>;
  fields: string[];
}) {
  const { ctx, type, values, fields } = options;
  const { tx, actor, input, item, audit } = ctx;
  if (input.intent === "publish" && !can(actor.role, "content.publish")) throw new ActionError("forbidden");
  const diff = changedFields(item as Record<string, unknown>, { ...item, ...values }, fields);
  let version = input.version;
  if (Object.keys(diff.after).length) {
    const reviewState = reviewStateAfterSave(actor, item, true);
    const updated = await updateVersioned(tx, table(type), item.id, input.version, { ...values, reviewState }, actor);
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
export async function archiveStructural<R extends Row>(ctx: ActionContext<{ version: number }, R>, type: StructureType) {
  const children = await activeChildren(ctx.tx, type, ctx.item.id);
  if (children > 0) throw new ActionError("invalid", { key: "structurePage.archiveHasChildren", params: { count: children } });
  await archiveRow({ tx: ctx.tx, table: table(type), entityType: type, row: ctx.item, expectedVersion: ctx.input.version, actor: ctx.actor, audit: ctx.audit });
}

/** Lock an archived row for restoring; an active (or missing) one counts as not found. */
export async function loadArchived<R extends Row>(tx: Tx, type: StructureType, id: string): Promise<R | null> {
  const row = await loadForUpdate<R>(tx, table(type), id);
  return row && row.archivedAt ? row : null;
}

/**
 * Refuse while the parent (the period of a goal, the goal of a priority or
 * measure) is still archived. The parent is locked, as archiving it locks it
 * before counting its active children: a restore and an archive of the
 * parent at the same time cannot both succeed.
 */
export async function requireActiveParent(tx: Tx, parentType: StructureType, parentId: string) {
  const parent = table(parentType);
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
export async function restoreRow<R extends Row>(ctx: ActionContext<{ version: number }, R>, entityType: StructureType) {
  const { tx, actor, input, item, audit } = ctx;
  const updated = await updateVersioned<Row & { updatedAt: Date }>(
    tx,
    table(entityType),
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

// ---- creating periods, goals and priorities ----

/** The next sort order among a period's goals, a goal's priorities, or all periods. */
async function nextSortOrder(tx: Tx, type: "period" | "goal" | "priority", parentId?: string): Promise<number> {
  const q =
    type === "period"
      ? tx.select({ next: sql<number>`coalesce(max(${strategyPeriods.sortOrder}), -1) + 1` }).from(strategyPeriods)
      : type === "goal"
        ? tx.select({ next: sql<number>`coalesce(max(${goals.sortOrder}), -1) + 1` }).from(goals).where(eq(goals.periodId, parentId!))
        : tx.select({ next: sql<number>`coalesce(max(${priorities.sortOrder}), -1) + 1` }).from(priorities).where(eq(priorities.goalId, parentId!));
  const [{ next } = { next: 0 }] = await q;
  return Number(next);
}

/** A live period's id, or null (an archived period takes no new goals and is not copied). */
export async function livePeriodId(tx: Tx, id: string): Promise<string | null> {
  const [period] = await tx.select({ id: strategyPeriods.id }).from(strategyPeriods).where(and(eq(strategyPeriods.id, id), isNull(strategyPeriods.archivedAt)));
  return period?.id ?? null;
}

/** A live goal's id, or null. */
export async function liveGoalId(tx: Tx, id: string): Promise<string | null> {
  const [goal] = await tx.select({ id: goals.id }).from(goals).where(and(eq(goals.id, id), isNull(goals.archivedAt)));
  return goal?.id ?? null;
}

/** Refuse a responsible unit that does not exist, next to the field. */
export async function checkUnit(tx: Tx, unitId: string | null) {
  if (!unitId) return;
  const [u] = await tx.select({ id: units.id }).from(units).where(eq(units.id, unitId));
  if (!u) throw invalidField("responsibleUnitId", "unknownItem");
}

export async function insertPeriod(tx: Tx, values: Omit<typeof strategyPeriods.$inferInsert, "sortOrder" | "createdBy" | "updatedBy">, actor: Actor) {
  const sortOrder = await nextSortOrder(tx, "period");
  const [row] = await tx.insert(strategyPeriods).values({ ...values, sortOrder, createdBy: actor.id, updatedBy: actor.id }).returning();
  if (!row) throw new Error("period not created");
  return row;
}

export async function insertGoal(tx: Tx, values: Omit<typeof goals.$inferInsert, "sortOrder" | "createdBy" | "updatedBy">, actor: Actor) {
  const sortOrder = await nextSortOrder(tx, "goal", values.periodId);
  const [row] = await tx.insert(goals).values({ ...values, sortOrder, createdBy: actor.id, updatedBy: actor.id }).returning();
  if (!row) throw new Error("goal not created");
  return row;
}

export async function insertPriority(tx: Tx, values: Omit<typeof priorities.$inferInsert, "sortOrder" | "createdBy" | "updatedBy">, actor: Actor) {
  const sortOrder = await nextSortOrder(tx, "priority", values.goalId);
  const [row] = await tx.insert(priorities).values({ ...values, sortOrder, createdBy: actor.id, updatedBy: actor.id }).returning();
  if (!row) throw new Error("priority not created");
  return row;
}
