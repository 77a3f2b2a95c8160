"use server";

import { advocacyPlans, type AdvocacyPlan } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { createPlanInput, updatePlanInput } from "@/lib/advocacy/schemas";
import { checkPublishNow, entityType, kindTable, loadOwned, loadPriority, mayCreateFor, mayEdit, publishItem, stateAfterSave } from "@/lib/advocacy/workflow";
import { changedFields, updateVersioned } from "@/lib/publishing";
import { eq } from "drizzle-orm";

const FIELDS = ["objectives", "keyMessages", "audiences", "audienceNotes", "channels", "timeline", "visibility", "publicSummary"] as const;

function values(input: Record<(typeof FIELDS)[number], unknown>) {
  return Object.fromEntries(FIELDS.map((f) => [f, input[f]])) as Pick<AdvocacyPlan, (typeof FIELDS)[number]>;
}

const paths = (priorityId: string) => ["/staff/advocacy", `/staff/advocacy/priorities/${priorityId}`, `/staff/advocacy/plans/${priorityId}`, "/advocacy"];

/** Write the advocacy plan of a priority that has none yet. */
export const createPlan = defineAction({
  name: "advocacy.createPlan",
  input: createPlanInput,
  requires: ["advocacy.manage", "advocacy.editOwn"],
  load: (tx, input) => loadPriority(tx, input.priorityId),
  authorize: (actor, priority, input) => mayCreateFor(actor, priority) && checkPublishNow(actor, input.publishNow),
  run: async ({ tx, actor, input, audit }) => {
    const [existing] = await tx.select({ id: advocacyPlans.id }).from(advocacyPlans).where(eq(advocacyPlans.priorityId, input.priorityId));
    // Someone else wrote the plan meanwhile: never overwrite it silently.
    if (existing) throw new ActionError("conflict", { key: "errors.conflictUnknown" });
    const v = values(input);
    const [row] = await tx
      .insert(advocacyPlans)
      .values({ ...v, priorityId: input.priorityId, reviewState: stateAfterSave(actor, { visibility: v.visibility, published: null }), createdBy: actor.id, updatedBy: actor.id })
      .returning();
    if (!row) throw new Error("plan not created");
    await audit({ entityType: entityType.plan, entityId: row.id, action: "create", version: row.version, after: { priorityId: input.priorityId, ...v } });
    const final = input.publishNow ? await publishItem({ tx, kind: "plan", row, expectedVersion: row.version, actor, audit }) : row;
    return { id: row.id, version: final.version, priorityId: input.priorityId };
  },
  revalidate: (input) => ({ paths: paths(input.priorityId) }),
});

export const updatePlan = defineAction({
  name: "advocacy.updatePlan",
  input: updatePlanInput,
  requires: ["advocacy.manage", "advocacy.editOwn"],
  load: async (tx, input) => {
    const owned = await loadOwned(tx, "plan", input.id);
    return owned && !owned.row.archivedAt ? owned : null;
  },
  authorize: (actor, item, input) => mayEdit(actor, item) && checkPublishNow(actor, input.publishNow),
  run: async ({ tx, actor, input, item, audit }) => {
    const v = values(input);
    const updated = await updateVersioned<AdvocacyPlan>(
      tx,
      kindTable.plan,
      input.id,
      input.version,
      { ...v, reviewState: stateAfterSave(actor, { visibility: v.visibility, published: item.row.published }) },
      actor,
    );
    const diff = changedFields(item.row, updated, [...FIELDS]);
    await audit({ entityType: entityType.plan, entityId: input.id, action: "update", version: updated.version, ...diff });
    const final = input.publishNow ? await publishItem({ tx, kind: "plan", row: updated, expectedVersion: updated.version, actor, audit }) : updated;
    return { id: input.id, version: final.version, priorityId: item.row.priorityId };
  },
  revalidate: (_input, data) => ({ paths: paths(data.priorityId) }),
});
