"use server";

import { governmentAsks, type GovernmentAsk } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { createAskInput, updateAskInput } from "@/lib/advocacy/schemas";
import { checkPublishNow, entityType, kindTable, loadOwned, loadPriority, mayCreateFor, mayEdit, publishItem, stateAfterSave } from "@/lib/advocacy/workflow";
import { changedFields, updateVersioned } from "@/lib/publishing";

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

function values(input: Record<(typeof FIELDS)[number], unknown>) {
  return Object.fromEntries(FIELDS.map((f) => [f, input[f]])) as Pick<GovernmentAsk, (typeof FIELDS)[number]>;
}

const paths = (id: string, priorityIds: string[]) => [
  "/staff/advocacy",
  "/staff/advocacy/asks",
  `/staff/advocacy/asks/${id}`,
  ...priorityIds.map((p) => `/staff/advocacy/priorities/${p}`),
  "/advocacy",
];

/** Add an ask to the government-programme register. */
export const createAsk = defineAction({
  name: "advocacy.createAsk",
  input: createAskInput,
  requires: ["advocacy.manage", "advocacy.editOwn"],
  load: (tx, input) => loadPriority(tx, input.priorityId),
  authorize: (actor, priority, input) => mayCreateFor(actor, priority) && checkPublishNow(actor, input.publishNow),
  run: async ({ tx, actor, input, audit }) => {
    const v = values(input);
    const [row] = await tx
      .insert(governmentAsks)
      .values({ ...v, reviewState: stateAfterSave(actor, { visibility: v.visibility, published: null }), createdBy: actor.id, updatedBy: actor.id })
      .returning();
    if (!row) throw new Error("ask not created");
    await audit({ entityType: entityType.ask, entityId: row.id, action: "create", version: row.version, after: v });
    const final = input.publishNow ? await publishItem({ tx, kind: "ask", row, expectedVersion: row.version, actor, audit }) : row;
    return { id: row.id, version: final.version };
  },
  revalidate: (input, data) => ({ paths: paths(data.id, [input.priorityId]) }),
});

/** Edit an ask, including marking its outcome once the programme is out. */
export const updateAsk = defineAction({
  name: "advocacy.updateAsk",
  input: updateAskInput,
  requires: ["advocacy.manage", "advocacy.editOwn"],
  load: async (tx, input) => {
    const owned = await loadOwned(tx, "ask", input.id);
    if (!owned || owned.row.archivedAt) return null;
    const moved = owned.row.priorityId !== input.priorityId;
    const target = moved ? await loadPriority(tx, input.priorityId) : null;
    if (moved && !target) return null;
    return { ...owned, target };
  },
  authorize: (actor, item, input) =>
    mayEdit(actor, item) && (!item.target || mayCreateFor(actor, item.target)) && checkPublishNow(actor, input.publishNow),
  run: async ({ tx, actor, input, item, audit }) => {
    const v = values(input);
    const updated = await updateVersioned<GovernmentAsk>(
      tx,
      kindTable.ask,
      input.id,
      input.version,
      { ...v, reviewState: stateAfterSave(actor, { visibility: v.visibility, published: item.row.published }) },
      actor,
    );
    const diff = changedFields(item.row, updated, [...FIELDS]);
    await audit({ entityType: entityType.ask, entityId: input.id, action: "update", version: updated.version, ...diff });
    const final = input.publishNow ? await publishItem({ tx, kind: "ask", row: updated, expectedVersion: updated.version, actor, audit }) : updated;
    return { id: input.id, version: final.version, previousPriorityId: item.row.priorityId };
  },
  revalidate: (input, data) => ({ paths: paths(data.id, [input.priorityId, data.previousPriorityId]) }),
});
