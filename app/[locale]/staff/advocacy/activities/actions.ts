"use server";

import { advocacyActivities, type AdvocacyActivity } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { createActivityInput, updateActivityInput } from "@/lib/advocacy/schemas";
import {
  checkPublishNow,
  checkResponsible,
  entityType,
  kindTable,
  loadOwned,
  loadPriority,
  mayCreateFor,
  mayEdit,
  publishItem,
  stateAfterSave,
} from "@/lib/advocacy/workflow";
import { changedFields, updateVersioned } from "@/lib/publishing";

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

function values(input: Record<(typeof FIELDS)[number], unknown>) {
  return Object.fromEntries(FIELDS.map((f) => [f, input[f]])) as Pick<AdvocacyActivity, (typeof FIELDS)[number]>;
}

const paths = (id: string, priorityIds: string[]) => [
  "/staff/advocacy",
  `/staff/advocacy/activities/${id}`,
  ...priorityIds.map((p) => `/staff/advocacy/priorities/${p}`),
  "/advocacy",
];

/** Record a statement, meeting, proposal or position paper for a priority. */
export const createActivity = defineAction({
  name: "advocacy.createActivity",
  input: createActivityInput,
  requires: ["advocacy.manage", "advocacy.editOwn"],
  load: (tx, input) => loadPriority(tx, input.priorityId),
  authorize: (actor, priority, input) => mayCreateFor(actor, priority) && checkPublishNow(actor, input.publishNow),
  run: async ({ tx, actor, input, audit }) => {
    await checkResponsible(tx, input.responsibleUserId);
    const v = values(input);
    const [row] = await tx
      .insert(advocacyActivities)
      .values({ ...v, reviewState: stateAfterSave(actor, { visibility: v.visibility, published: null }), createdBy: actor.id, updatedBy: actor.id })
      .returning();
    if (!row) throw new Error("activity not created");
    await audit({ entityType: entityType.activity, entityId: row.id, action: "create", version: row.version, after: v });
    const final = input.publishNow ? await publishItem({ tx, kind: "activity", row, expectedVersion: row.version, actor, audit }) : row;
    return { id: row.id, version: final.version };
  },
  revalidate: (input, data) => ({ paths: paths(data.id, [input.priorityId]) }),
});

export const updateActivity = defineAction({
  name: "advocacy.updateActivity",
  input: updateActivityInput,
  requires: ["advocacy.manage", "advocacy.editOwn"],
  load: async (tx, input) => {
    const owned = await loadOwned(tx, "activity", input.id);
    if (!owned || owned.row.archivedAt) return null;
    const moved = owned.row.priorityId !== input.priorityId;
    const target = moved ? await loadPriority(tx, input.priorityId) : null;
    if (moved && !target) return null;
    return { ...owned, target };
  },
  authorize: (actor, item, input) =>
    mayEdit(actor, item) && (!item.target || mayCreateFor(actor, item.target)) && checkPublishNow(actor, input.publishNow),
  run: async ({ tx, actor, input, item, audit }) => {
    await checkResponsible(tx, input.responsibleUserId);
    const v = values(input);
    const updated = await updateVersioned<AdvocacyActivity>(
      tx,
      kindTable.activity,
      input.id,
      input.version,
      { ...v, reviewState: stateAfterSave(actor, { visibility: v.visibility, published: item.row.published }) },
      actor,
    );
    const diff = changedFields(item.row, updated, [...FIELDS]);
    await audit({ entityType: entityType.activity, entityId: input.id, action: "update", version: updated.version, ...diff });
    const final = input.publishNow ? await publishItem({ tx, kind: "activity", row: updated, expectedVersion: updated.version, actor, audit }) : updated;
    return { id: input.id, version: final.version, previousPriorityId: item.row.priorityId };
  },
  revalidate: (input, data) => ({ paths: paths(data.id, [input.priorityId, data.previousPriorityId]) }),
});
