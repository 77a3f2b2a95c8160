"use server";

import { and, eq, isNull, sql } from "drizzle-orm";
import { recordCreate } from "@/db/queries/strategy/audit-helpers";
import { goals, priorities, units, type Priority } from "@/db/schema";
import type { Tx } from "@/db/client";
import { defineAction } from "@/lib/actions/define-action";
import { invalidField } from "@/lib/actions/result";
import { toLocalized } from "@/lib/forms/zod-fields";
import { strategyPaths } from "@/lib/strategy/paths";
import { loadArchived, requireActiveParent, restoreRow } from "@/lib/strategy/restore";
import { archiveStructural, loadActive, publishIfAsked, saveStructural } from "@/lib/strategy/structure";
import { archiveInput, createPriorityInput, updatePriorityInput } from "@/lib/strategy/structure-input";

async function values(tx: Tx, input: Record<string, unknown> & { responsibleUnitId: string | null }) {
  if (input.responsibleUnitId) {
    const [u] = await tx.select({ id: units.id }).from(units).where(eq(units.id, input.responsibleUnitId));
    if (!u) throw invalidField("responsibleUnitId", "unknownItem");
  }
  return { title: toLocalized(input, "title")!, description: toLocalized(input, "description"), responsibleUnitId: input.responsibleUnitId };
}

export const createPriority = defineAction({
  name: "strategy.priority.create",
  input: createPriorityInput,
  requires: ["strategy.manage"],
  run: async ({ tx, actor, input, audit }) => {
    const [goal] = await tx.select({ id: goals.id }).from(goals).where(and(eq(goals.id, input.goalId), isNull(goals.archivedAt)));
    if (!goal) throw invalidField("goalId", "unknownItem");
    const [{ next } = { next: 0 }] = await tx.select({ next: sql<number>`coalesce(max(${priorities.sortOrder}), -1) + 1` }).from(priorities).where(eq(priorities.goalId, goal.id));
    const v = await values(tx, input);
    const [row] = await tx.insert(priorities).values({ ...v, goalId: goal.id, sortOrder: Number(next), createdBy: actor.id, updatedBy: actor.id }).returning();
    if (!row) throw new Error("priority not created");
    await recordCreate(audit, "priority", row, { ...v, goalId: goal.id });
    await publishIfAsked({ tx, actor, audit }, "priority", row.id, row.version, input.intent);
    return { id: row.id, goalId: goal.id };
  },
  revalidate: (_i, d) => ({ paths: strategyPaths.priority(d.id, d.goalId), tags: ["strategy"] }),
});

export const updatePriority = defineAction({
  name: "strategy.priority.update",
  input: updatePriorityInput,
  requires: ["strategy.manage"],
  load: (tx, input) => loadActive<Priority>(tx, priorities, input.id),
  run: async (ctx) => {
    await saveStructural({ ctx, table: priorities, type: "priority", values: await values(ctx.tx, ctx.input), fields: ["title", "description", "responsibleUnitId"] });
    return { id: ctx.item.id, goalId: ctx.item.goalId };
  },
  revalidate: (_i, d) => ({ paths: strategyPaths.priority(d.id, d.goalId), tags: ["strategy"] }),
});

export const archivePriority = defineAction({
  name: "strategy.priority.archive",
  input: archiveInput,
  requires: ["strategy.manage"],
  load: (tx, input) => loadActive<Priority>(tx, priorities, input.id),
  run: async (ctx) => {
    await archiveStructural(ctx, priorities, "priority");
    return { id: ctx.item.id, goalId: ctx.item.goalId };
  },
  revalidate: (_i, d) => ({ paths: strategyPaths.priority(d.id, d.goalId), tags: ["strategy"] }),
});

/** Bring an archived priority back as a draft (see restoreRow); refused while its goal is archived. */
export const restorePriority = defineAction({
  name: "strategy.priority.restore",
  input: archiveInput,
  requires: ["strategy.manage"],
  load: (tx, input) => loadArchived<Priority>(tx, priorities, input.id),
  run: async (ctx) => {
    await requireActiveParent(ctx.tx, goals, ctx.item.goalId);
    await restoreRow(ctx, priorities, "priority");
    return { id: ctx.item.id, goalId: ctx.item.goalId };
  },
  revalidate: (_i, d) => ({ paths: strategyPaths.priority(d.id, d.goalId), tags: ["strategy"] }),
});
