"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createAskInput, updateAskInput } from "@/lib/advocacy/schemas";
import { checkPublishNow, loadForEdit, loadPriority, mayCreateFor, mayEditItem, saveItem } from "@/lib/advocacy/workflow";
import { pickFields } from "@/lib/publishing";

/** Fields of an ask that staff edit (and the history compares). */
const FIELDS = [
  "programmeYear",
  "priorityId",
  "wording",
  "justification",
  "target",
  "outcome",
  "evidence",
  "evidenceRef",
  "internalNotes",
  "visibility",
] as const;

/** Add an ask to the government-programme register. */
export const createAsk = defineAction({
  name: "advocacy.createAsk",
  input: createAskInput,
  requires: ["advocacy.manage", "advocacy.editOwn"],
  load: (tx, input) => loadPriority(tx, input.priorityId),
  authorize: (actor, priority, input) => mayCreateFor(actor, priority) && checkPublishNow(actor, input.publishNow),
  run: async ({ tx, actor, input, audit }) => {
    const row = await saveItem({ tx, kind: "ask", fields: FIELDS, values: pickFields(input, FIELDS), publishNow: input.publishNow, actor, audit });
    return { id: row.id, version: row.version };
  },
});

/** Edit an ask, including marking its outcome once the programme is out. */
export const updateAsk = defineAction({
  name: "advocacy.updateAsk",
  input: updateAskInput,
  requires: ["advocacy.manage", "advocacy.editOwn"],
  load: (tx, input) => loadForEdit(tx, "ask", input.id, input.priorityId),
  authorize: (actor, item, input) => mayEditItem(actor, item, input.publishNow),
  run: async ({ tx, actor, input, item, audit }) => {
    const existing = { row: item.row, expectedVersion: input.version };
    const row = await saveItem({ tx, kind: "ask", fields: FIELDS, values: pickFields(input, FIELDS), existing, publishNow: input.publishNow, actor, audit });
    return { id: row.id, version: row.version, previousPriorityId: item.row.priorityId };
  },
});
