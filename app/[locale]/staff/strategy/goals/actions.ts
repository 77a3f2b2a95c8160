"use server";

import { and, eq, isNull, sql } from "drizzle-orm";
import { recordCreate } from "@/db/queries/strategy/audit-helpers";
import { goals, strategyPeriods, type Goal } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { invalidField } from "@/lib/actions/result";
import { toLocalized } from "@/lib/forms/zod-fields";
import { strategyPaths } from "@/lib/strategy/paths";
import { loadArchived, requireActiveParent, restoreRow } from "@/lib/strategy/restore";
import { archiveStructural, loadActive, publishIfAsked, saveStructural } from "@/lib/strategy/structure";
import { archiveInput, createGoalInput, updateGoalInput } from "@/lib/strategy/structure-input";

const values = (input: Record<string, unknown> & { scope: Goal["scope"] }) => ({
  title: toLocalized(input, "title")!,
  description: toLocalized(input, "description"),
  scope: input.scope,
});

export const createGoal = defineAction({
  name: "strategy.goal.create",
  input: createGoalInput,
  requires: ["strategy.manage"],
  run: async ({ tx, actor, input, audit }) => {
    const [period] = await tx.select({ id: strategyPeriods.id }).from(strategyPeriods).where(and(eq(strategyPeriods.id, input.periodId), isNull(strategyPeriods.archivedAt)));
    if (!period) throw invalidField("periodId", "unknownItem");
    const [{ next } = { next: 0 }] = await tx.select({ next: sql<number>`coalesce(max(${goals.sortOrder}), -1) + 1` }).from(goals).where(eq(goals.periodId, period.id));
    const v = values(input);
    const [row] = await tx.insert(goals).values({ ...v, periodId: period.id, sortOrder: Number(next), createdBy: actor.id, updatedBy: actor.id }).returning();
    if (!row) throw new Error("goal not created");
    await recordCreate(audit, "goal", row, { ...v, periodId: period.id });
    await publishIfAsked({ tx, actor, audit }, "goal", row.id, row.version, input.intent);
    return { id: row.id };
  },
  revalidate: (_i, d) => ({ paths: strategyPaths.goal(d.id), tags: ["strategy"] }),
});

export const updateGoal = defineAction({
  name: "strategy.goal.update",
  input: updateGoalInput,
  requires: ["strategy.manage"],
  load: (tx, input) => loadActive<Goal>(tx, goals, input.id),
  run: async (ctx) => {
    await saveStructural({ ctx, table: goals, type: "goal", values: values(ctx.input), fields: ["title", "description", "scope"] });
    return { id: ctx.item.id };
  },
  revalidate: (_i, d) => ({ paths: strategyPaths.goal(d.id), tags: ["strategy"] }),
});

export const archiveGoal = defineAction({
  name: "strategy.goal.archive",
  input: archiveInput,
  requires: ["strategy.manage"],
  load: (tx, input) => loadActive<Goal>(tx, goals, input.id),
  run: async (ctx) => {
    await archiveStructural(ctx, goals, "goal");
    return { id: ctx.item.id };
  },
  revalidate: (_i, d) => ({ paths: strategyPaths.goal(d.id), tags: ["strategy"] }),
});

/** Bring an archived goal back as a draft (see restoreRow); refused while its period is archived. */
export const restoreGoal = defineAction({
  name: "strategy.goal.restore",
  input: archiveInput,
  requires: ["strategy.manage"],
  load: (tx, input) => loadArchived<Goal>(tx, goals, input.id),
  run: async (ctx) => {
    await requireActiveParent(ctx.tx, strategyPeriods, ctx.item.periodId);
    await restoreRow(ctx, goals, "goal");
    return { id: ctx.item.id };
  },
  revalidate: (_i, d) => ({ paths: strategyPaths.goal(d.id), tags: ["strategy"] }),
});
