"use server";

import type { Goal } from "@/db/schema";
import { insertGoal } from "@/db/queries/strategy/write-structure";
import { toLocalized } from "@/lib/forms/zod-fields";
import { structureActions } from "@/lib/strategy/structure-actions";
import { createGoalInput, updateGoalInput } from "@/lib/strategy/structure-input";

/** A period's goals: create, save, archive, and restore (refused while the period is archived). */
const goal = structureActions("goal", {
  inputs: { create: createGoalInput, update: updateGoalInput },
  values: (_tx, input) => ({ title: toLocalized(input, "title")!, description: toLocalized(input, "description"), scope: input.scope }),
  fields: ["title", "description", "scope"],
  insert: (tx, values, actor) => insertGoal(tx, { ...values, periodId: values.periodId! }, actor),
  result: (row: Goal) => ({ id: row.id }),
});

export const createGoal = goal.create;
export const updateGoal = goal.update;
export const archiveGoal = goal.archive;
export const restoreGoal = goal.restore;
