"use server";

import { recordCreate } from "@/db/queries/strategy/audit-helpers";
import type { Goal } from "@/db/schema";
import { archiveStructural, insertGoal, livePeriodId, loadActive, loadArchived, requireActiveParent, restoreRow, saveStructural } from "@/db/queries/strategy/write-structure";
import { defineAction } from "@/lib/actions/define-action";
import { invalidField } from "@/lib/actions/result";
import { toLocalized } from "@/lib/forms/zod-fields";
import { publishIfAsked } from "@/lib/strategy/structure";
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
    const periodId = await livePeriodId(tx, input.periodId);
    if (!periodId) throw invalidField("periodId", "unknownItem");
    const v = values(input);
    const row = await insertGoal(tx, { ...v, periodId }, actor);
    await recordCreate(audit, "goal", row, { ...v, periodId });
    await publishIfAsked({ tx, actor, audit }, "goal", row.id, row.version, input.intent);
    return { id: row.id };
  },
});

export const updateGoal = defineAction({
  name: "strategy.goal.update",
  input: updateGoalInput,
  requires: ["strategy.manage"],
  load: (tx, input) => loadActive<Goal>(tx, "goal", input.id),
  run: async (ctx) => {
    await saveStructural({ ctx, type: "goal", values: values(ctx.input), fields: ["title", "description", "scope"] });
    return { id: ctx.item.id };
  },
});

export const archiveGoal = defineAction({
  name: "strategy.goal.archive",
  input: archiveInput,
  requires: ["strategy.manage"],
  load: (tx, input) => loadActive<Goal>(tx, "goal", input.id),
  run: async (ctx) => {
    await archiveStructural(ctx, "goal");
    return { id: ctx.item.id };
  },
});

/** Bring an archived goal back as a draft (see restoreRow); refused while its period is archived. */
export const restoreGoal = defineAction({
  name: "strategy.goal.restore",
  input: archiveInput,
  requires: ["strategy.manage"],
  load: (tx, input) => loadArchived<Goal>(tx, "goal", input.id),
  run: async (ctx) => {
    await requireActiveParent(ctx.tx, "period", ctx.item.periodId);
    await restoreRow(ctx, "goal");
    return { id: ctx.item.id };
  },
});
