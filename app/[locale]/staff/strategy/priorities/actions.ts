"use server";

import { recordCreate } from "@/db/queries/strategy/audit-helpers";
import type { Priority } from "@/db/schema";
import { archiveStructural, checkUnit, insertPriority, liveGoalId, loadActive, loadArchived, requireActiveParent, restoreRow, saveStructural } from "@/db/queries/strategy/write-structure";
import type { Tx } from "@/db/client";
import { defineAction } from "@/lib/actions/define-action";
import { invalidField } from "@/lib/actions/result";
import { toLocalized } from "@/lib/forms/zod-fields";
import { publishIfAsked } from "@/lib/strategy/structure";
import { archiveInput, createPriorityInput, updatePriorityInput } from "@/lib/strategy/structure-input";

async function values(tx: Tx, input: Record<string, unknown> & { responsibleUnitId: string | null }) {
  await checkUnit(tx, input.responsibleUnitId);
  return { title: toLocalized(input, "title")!, description: toLocalized(input, "description"), responsibleUnitId: input.responsibleUnitId };
}

export const createPriority = defineAction({
  name: "strategy.priority.create",
  input: createPriorityInput,
  requires: ["strategy.manage"],
  run: async ({ tx, actor, input, audit }) => {
    const goalId = await liveGoalId(tx, input.goalId);
    if (!goalId) throw invalidField("goalId", "unknownItem");
    const v = await values(tx, input);
    const row = await insertPriority(tx, { ...v, goalId }, actor);
    await recordCreate(audit, "priority", row, { ...v, goalId });
    await publishIfAsked({ tx, actor, audit }, "priority", row.id, row.version, input.intent);
    return { id: row.id, goalId };
  },
});

export const updatePriority = defineAction({
  name: "strategy.priority.update",
  input: updatePriorityInput,
  requires: ["strategy.manage"],
  load: (tx, input) => loadActive<Priority>(tx, "priority", input.id),
  run: async (ctx) => {
    await saveStructural({ ctx, type: "priority", values: await values(ctx.tx, ctx.input), fields: ["title", "description", "responsibleUnitId"] });
    return { id: ctx.item.id, goalId: ctx.item.goalId };
  },
});

export const archivePriority = defineAction({
  name: "strategy.priority.archive",
  input: archiveInput,
  requires: ["strategy.manage"],
  load: (tx, input) => loadActive<Priority>(tx, "priority", input.id),
  run: async (ctx) => {
    await archiveStructural(ctx, "priority");
    return { id: ctx.item.id, goalId: ctx.item.goalId };
  },
});

/** Bring an archived priority back as a draft (see restoreRow); refused while its goal is archived. */
export const restorePriority = defineAction({
  name: "strategy.priority.restore",
  input: archiveInput,
  requires: ["strategy.manage"],
  load: (tx, input) => loadArchived<Priority>(tx, "priority", input.id),
  run: async (ctx) => {
    await requireActiveParent(ctx.tx, "goal", ctx.item.goalId);
    await restoreRow(ctx, "priority");
    return { id: ctx.item.id, goalId: ctx.item.goalId };
  },
});
