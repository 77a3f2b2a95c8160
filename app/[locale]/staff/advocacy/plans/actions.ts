"use server";

import { planIdOfPriority } from "@/db/queries/advocacy/staff";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { createPlanInput, updatePlanInput } from "@/lib/advocacy/schemas";
import { checkPublishNow, loadForEdit, loadPriority, mayCreateFor, mayEditItem, saveItem } from "@/lib/advocacy/workflow";
import { pickFields } from "@/lib/publishing";

/** Fields of a plan that staff edit (and the history compares); its priority is fixed. */
const FIELDS = ["objectives", "keyMessages", "audiences", "audienceNotes", "channels", "timeline", "visibility", "publicSummary"] as const;

/** Write the advocacy plan of a priority that has none yet. */
export const createPlan = defineAction({
  name: "advocacy.createPlan",
  input: createPlanInput,
  requires: ["advocacy.manage", "advocacy.editOwn"],
  load: (tx, input) => loadPriority(tx, input.priorityId),
  authorize: (actor, priority, input) => mayCreateFor(actor, priority) && checkPublishNow(actor, input.publishNow),
  run: async ({ tx, actor, input, audit }) => {
    // Someone else wrote the plan meanwhile: never overwrite it silently.
    if (await planIdOfPriority(tx, input.priorityId)) throw new ActionError("conflict", { key: "errors.conflictUnknown" });
    const insertOnly = { priorityId: input.priorityId };
    const row = await saveItem({ tx, kind: "plan", fields: FIELDS, values: pickFields(input, FIELDS), insertOnly, publishNow: input.publishNow, actor, audit });
    return { id: row.id, version: row.version, priorityId: input.priorityId };
  },
});

export const updatePlan = defineAction({
  name: "advocacy.updatePlan",
  input: updatePlanInput,
  requires: ["advocacy.manage", "advocacy.editOwn"],
  load: (tx, input) => loadForEdit(tx, "plan", input.id),
  authorize: (actor, item, input) => mayEditItem(actor, item, input.publishNow),
  run: async ({ tx, actor, input, item, audit }) => {
    const existing = { row: item.row, expectedVersion: input.version };
    const row = await saveItem({ tx, kind: "plan", fields: FIELDS, values: pickFields(input, FIELDS), existing, publishNow: input.publishNow, actor, audit });
    return { id: row.id, version: row.version, priorityId: item.row.priorityId };
  },
});
