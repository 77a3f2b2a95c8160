"use server";

import type { Priority } from "@/db/schema";
import { checkUnit, insertPriority } from "@/db/queries/strategy/write-structure";
import { toLocalized } from "@/lib/forms/zod-fields";
import { structureActions } from "@/lib/strategy/structure-actions";
import { createPriorityInput, updatePriorityInput } from "@/lib/strategy/structure-input";

/** A goal's priorities: create, save, archive, and restore (refused while the goal is archived). */
const priority = structureActions("priority", {
  inputs: { create: createPriorityInput, update: updatePriorityInput },
  values: async (tx, input) => {
    await checkUnit(tx, input.responsibleUnitId);
    return { title: toLocalized(input, "title")!, description: toLocalized(input, "description"), responsibleUnitId: input.responsibleUnitId };
  },
  fields: ["title", "description", "responsibleUnitId"],
  insert: (tx, values, actor) => insertPriority(tx, { ...values, goalId: values.goalId! }, actor),
  result: (row: Priority) => ({ id: row.id, goalId: row.goalId }),
});

export const createPriority = priority.create;
export const updatePriority = priority.update;
export const archivePriority = priority.archive;
export const restorePriority = priority.restore;
