"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createActivityInput, updateActivityInput } from "@/lib/advocacy/schemas";
import { checkPublishNow, checkResponsible, loadForEdit, loadPriority, mayCreateFor, mayEditItem, saveItem } from "@/lib/advocacy/workflow";
import { pickFields } from "@/lib/publishing";

/** Fields of an advocacy action that staff edit (and the history compares). */
const FIELDS = [
  "type",
  "priorityId",
  "title",
  "summary",
  "date",
  "audience",
  "consultation",
  "ministry",
  "deadline",
  "declined",
  "responsibleUserId",
  "links",
  "outcome",
  "internalNotes",
  "visibility",
] as const;

/** Record a statement, meeting, proposal or position paper for a priority. */
export const createActivity = defineAction({
  name: "advocacy.createActivity",
  input: createActivityInput,
  requires: ["advocacy.manage", "advocacy.editOwn"],
  load: (tx, input) => loadPriority(tx, input.priorityId),
  authorize: (actor, priority, input) => mayCreateFor(actor, priority) && checkPublishNow(actor, input.publishNow),
  run: async ({ tx, actor, input, audit }) => {
    await checkResponsible(tx, input.responsibleUserId);
    const row = await saveItem({ tx, kind: "activity", fields: FIELDS, values: pickFields(input, FIELDS), publishNow: input.publishNow, actor, audit });
    return { id: row.id, version: row.version };
  },
});

export const updateActivity = defineAction({
  name: "advocacy.updateActivity",
  input: updateActivityInput,
  requires: ["advocacy.manage", "advocacy.editOwn"],
  load: (tx, input) => loadForEdit(tx, "activity", input.id, input.priorityId),
  authorize: (actor, item, input) => mayEditItem(actor, item, input.publishNow),
  run: async ({ tx, actor, input, item, audit }) => {
    await checkResponsible(tx, input.responsibleUserId);
    const existing = { row: item.row, expectedVersion: input.version };
    const row = await saveItem({ tx, kind: "activity", fields: FIELDS, values: pickFields(input, FIELDS), existing, publishNow: input.publishNow, actor, audit });
    return { id: row.id, version: row.version, previousPriorityId: item.row.priorityId };
  },
});
