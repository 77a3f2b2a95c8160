"use server";

import type { Measure } from "@/db/schema";
import { recordCreate } from "@/db/queries/strategy/audit-helpers";
import {
  archiveMeasureRow,
  insertMeasure,
  loadActiveMeasure,
  replaceMeasureLinks,
  saveMeasureRow,
  type LoadedMeasure,
} from "@/db/queries/strategy/write-measures";
import { defineAction, type ActionContext } from "@/lib/actions/define-action";
import { defineStepAction } from "@/lib/actions/step-action";
import { ActionError, invalidField } from "@/lib/actions/result";
import { toLocalized } from "@/lib/forms/zod-fields";
import { can, canEditOwned } from "@/lib/permissions";
import { changedFields, stableJson } from "@/lib/publishing";
import { createMeasureInput, type MeasureInput, updateMeasureInput } from "@/lib/strategy/measure-input";
import { checkMeasureReferences, publishMeasure } from "@/lib/strategy/measure-workflow";
import { withDatePrecision } from "@/lib/strategy/history-dates";
import { reviewStateAfterSave } from "@/lib/strategy/review-state";
import { structureRestoreAction } from "@/lib/strategy/structure-actions";
import type { z } from "zod";

/** Fields only coordinators and admins decide; an editor's form sends them back unchanged. */
const LOCKED_FOR_EDITORS = ["goalId", "responsibleUnitId", "weight", "priorityIds"] as const;
/** Fields compared for the history. */
const HISTORY_FIELDS = ["title", "description", "status", "progress", "startDate", "startPrecision", "dueDate", "duePrecision", "goalId", "responsibleUnitId", "weight", "visibility", "internalNotes", "priorityIds", "contactIds"];

function columnsFrom(input: MeasureInput) {
  return {
    title: toLocalized(input, "title")!,
    description: toLocalized(input, "description"),
    status: input.status,
    progress: input.progress,
    startDate: input.startDate?.date ?? null,
    startPrecision: input.startDate?.precision ?? "day",
    dueDate: input.dueDate?.date ?? null,
    duePrecision: input.dueDate?.precision ?? "day",
    goalId: input.goalId,
    responsibleUnitId: input.responsibleUnitId,
    weight: input.weight,
    visibility: input.visibility,
    internalNotes: input.internalNotes,
  };
}

const sorted = (ids: string[]) => [...new Set(ids)].sort();

export const createMeasure = defineAction({
  name: "strategy.measure.create",
  input: createMeasureInput,
  requires: ["strategy.manage"],
  run: async ({ tx, actor, input, audit }) => {
    if (input.intent === "publish" && !can(actor.role, "content.publish")) throw new ActionError("forbidden");
    const priorityIds = sorted(input.priorityIds);
    const contactIds = sorted(input.contactIds);
    const goal = await checkMeasureReferences(tx, input, priorityIds, contactIds);
    const row = await insertMeasure(tx, { ...columnsFrom(input), goalId: goal.id }, actor);
    await replaceMeasureLinks(tx, row.id, priorityIds, contactIds);
    await recordCreate(audit, "measure", row, { ...columnsFrom(input), priorityIds, contactIds });
    if (input.intent === "publish") await publishMeasure({ tx, actor, audit }, row, row.version);
    return { id: row.id, goalId: row.goalId };
  },
});

export const updateMeasure = defineAction({
  name: "strategy.measure.update",
  input: updateMeasureInput,
  requires: ["strategy.manage", "strategy.editOwn"],
  load: (tx, input) => loadActiveMeasure(tx, input.id),
  authorize: (actor, m) => canEditOwned(actor, { unitId: m.responsibleUnitId, contactIds: m.contactIds }, "strategy.manage", "strategy.editOwn"),
  run: async (ctx) => saveMeasure(ctx),
});

async function saveMeasure({ tx, actor, input, item, audit }: ActionContext<z.output<typeof updateMeasureInput>, LoadedMeasure>) {
  const manager = can(actor.role, "strategy.manage");
  if (input.intent === "publish" && !can(actor.role, "content.publish")) throw new ActionError("forbidden");
  const priorityIds = sorted(input.priorityIds);
  const contactIds = sorted(input.contactIds);
  if (!manager) {
    const current = { goalId: item.goalId, responsibleUnitId: item.responsibleUnitId, weight: item.weight, priorityIds: item.priorityIds };
    const sent = { goalId: input.goalId, responsibleUnitId: input.responsibleUnitId, weight: input.weight, priorityIds };
    for (const f of LOCKED_FOR_EDITORS) if (stableJson(current[f]) !== stableJson(sent[f])) throw invalidField(f, "fieldLocked");
  }
  await checkMeasureReferences(tx, input, priorityIds, contactIds);

  const values = columnsFrom(input);
  const before = { ...item } as Record<string, unknown>;
  const after = { ...item, ...values, priorityIds, contactIds } as Record<string, unknown>;
  const diff = withDatePrecision(changedFields(before, after, HISTORY_FIELDS), before, after);
  const changed = Object.keys(diff.after).length > 0;
  if (!changed && input.intent !== "publish") throw new ActionError("invalid", { key: "errors.noChanges" });

  let row: LoadedMeasure = item;
  let version = input.version;
  if (changed) {
    const reviewState = reviewStateAfterSave(actor, item, values.visibility === "public");
    // The row and its history entry go out together (one round trip; the new version is known): a
    // refused write (version conflict, database error) throws, and the transaction drops both.
    const write = saveMeasureRow(tx, item, input.version, { ...values, reviewState }, actor).then(async (r) => {
      await replaceMeasureLinks(tx, item.id, priorityIds, contactIds, item);
      return r;
    });
    // A measure that was never published shows on no public page (the one visibility rule,
    // db/queries/public/visibility.ts): its save leaves the public change counter (a publication
    // writes its own history record, which moves it).
    const history = audit({ entityType: "measure", entityId: item.id, action: "update", version: input.version + 1, ...diff, publicEffect: item.published !== null });
    const [written, recorded] = await Promise.allSettled([write, history]);
    if (written.status === "rejected") throw written.reason;
    if (recorded.status === "rejected") throw recorded.reason;
    const updated = written.value;
    row = updated;
    version = updated.version;
  }
  if (input.intent === "publish") await publishMeasure({ tx, actor, audit }, row as never, version);
  return { id: item.id, goalId: values.goalId };
}

export const archiveMeasure = defineStepAction({
  name: "strategy.measure.archive",
  requires: ["strategy.manage"],
  load: loadActiveMeasure,
  step: async ({ tx, actor, input, item, audit }) => (await archiveMeasureRow(tx, item, input.version, actor, audit), { id: item.id, goalId: item.goalId }),
});

/**
 * Bring an archived measure back as a draft (see restoreRow); refused while
 * its goal is archived. Managers only, like archiving: editors cannot archive.
 */
export const restoreMeasure = structureRestoreAction("measure", (item: Measure) => ({ id: item.id, goalId: item.goalId }));
