"use server";

import { z } from "zod";
import { recordCreate } from "@/db/queries/strategy/audit-helpers";
import {
  archiveProgressUpdateRow,
  insertMilestone,
  insertProgressUpdate,
  loadMilestoneWithMeasure,
  loadUpdateWithMeasure,
  milestoneFields,
  saveMilestone,
  saveProgressUpdate,
  touchMeasure,
} from "@/db/queries/strategy/write-children";
import { loadActiveMeasure, type LoadedMeasure } from "@/db/queries/strategy/write-measures";
import type { ReviewContext } from "@/lib/review/types";
import { defineAction } from "@/lib/actions/define-action";
import { defineStepAction } from "@/lib/actions/step-action";
import { withDatePrecision } from "@/lib/strategy/history-dates";
import { ActionError, invalidField } from "@/lib/actions/result";
import { dayDate, flexibleDate, localizedShape, toLocalized, uuidField, versionField } from "@/lib/forms/zod-fields";
import { can, canEditOwned, type Actor } from "@/lib/permissions";
import { changedFields } from "@/lib/publishing";
import { reviewSource } from "@/lib/review/sources";
import { reviewStateAfterSave } from "@/lib/strategy/review-state";

/** Milestones and progress updates of a measure: whoever may edit the measure may edit these. */
const mayEdit = (actor: Actor, measure: LoadedMeasure) =>
  canEditOwned(actor, { unitId: measure.responsibleUnitId, contactIds: measure.contactIds }, "strategy.manage", "strategy.editOwn");
const EDIT = ["strategy.manage", "strategy.editOwn"] as const;
/** Actions on a measure (adding a part) and on one of its parts: who may take them. */
const onMeasure = { requires: EDIT, authorize: mayEdit };
const onPart = { requires: EDIT, authorize: (actor: Actor, item: { measure: LoadedMeasure }) => mayEdit(actor, item.measure) };

const milestoneStates = ["planned", "in_progress", "done", "cancelled"] as const;
const milestoneShape = { ...localizedShape("title", 300, true), dueDate: flexibleDate(), state: z.enum(milestoneStates) };

function milestoneValues(input: z.output<z.ZodObject<typeof milestoneShape>>) {
  return {
    title: toLocalized(input, "title")!,
    dueDate: input.dueDate?.date ?? null,
    duePrecision: input.dueDate?.precision ?? ("day" as const),
    state: input.state,
  };
}

export const addMilestone = defineAction({
  name: "strategy.milestone.create",
  input: z.strictObject({ ...milestoneShape, measureId: uuidField() }),
  ...onMeasure,
  load: (tx, input) => loadActiveMeasure(tx, input.measureId),
  run: async ({ tx, actor, input, item: measure, audit }) => {
    const values = milestoneValues(input);
    const row = await insertMilestone(tx, measure.id, values, actor);
    const version = await touchMeasure(tx, measure, actor);
    await audit({ entityType: "measure", entityId: measure.id, action: "milestone_create", version, before: null, after: milestoneFields(row) });
    return { id: row.id, measureId: measure.id, goalId: measure.goalId };
  },
});

export const updateMilestone = defineAction({
  name: "strategy.milestone.update",
  input: z.strictObject({ ...milestoneShape, id: uuidField(), version: versionField() }),
  ...onPart,
  load: (tx, input) => loadMilestoneWithMeasure(tx, input.id),
  run: async ({ tx, actor, input, item: { milestone, measure }, audit }) => {
    const values = milestoneValues(input);
    const diff = withDatePrecision(changedFields(milestone, { ...milestone, ...values }, ["title", "dueDate", "duePrecision", "state"]), milestone, { ...milestone, ...values });
    if (!Object.keys(diff.after).length) throw new ActionError("invalid", { key: "errors.noChanges" });
    const row = await saveMilestone(tx, milestone, input.version, values, actor);
    const version = await touchMeasure(tx, measure, actor);
    await audit({ entityType: "measure", entityId: measure.id, action: "milestone_update", version, before: { title: milestone.title, ...diff.before }, after: { title: row.title, ...diff.after } });
    return { id: row.id, measureId: measure.id, goalId: measure.goalId };
  },
});

export const archiveMilestone = defineStepAction({
  name: "strategy.milestone.archive",
  ...onPart,
  load: loadMilestoneWithMeasure,
  step: async ({ tx, actor, input, item: { milestone, measure }, audit }) => {
    const row = await saveMilestone(tx, milestone, input.version, { archivedAt: new Date() }, actor);
    const version = await touchMeasure(tx, measure, actor);
    await audit({ entityType: "measure", entityId: measure.id, action: "milestone_archive", version, before: milestoneFields(milestone), after: null });
    return { id: row.id, measureId: measure.id, goalId: measure.goalId };
  },
});

const updateShape = {
  ...localizedShape("body", 5000, true),
  date: dayDate(),
  visibility: z.enum(["public", "internal"]),
  intent: z.enum(["save", "publish"]).optional().default("save"),
};

async function publishUpdate(ctx: ReviewContext, id: string, version: number) {
  const source = reviewSource("progress_update");
  const row = await source!.lock(ctx.tx, id);
  if (!row) throw new ActionError("not_found");
  await source!.publish(ctx, row, version);
}

function checkDate(date: string) {
  // A progress update tells what happened: not more than a week ahead.
  if (Date.parse(date) > Date.now() + 7 * 86_400_000) throw invalidField("date", "dateInFuture");
}

export const addProgressUpdate = defineAction({
  name: "strategy.update.create",
  input: z.strictObject({ ...updateShape, measureId: uuidField() }),
  ...onMeasure,
  load: (tx, input) => loadActiveMeasure(tx, input.measureId),
  run: async ({ tx, actor, input, item: measure, audit }) => {
    if (input.intent === "publish" && !can(actor.role, "content.publish")) throw new ActionError("forbidden");
    checkDate(input.date);
    const body = toLocalized(input, "body")!;
    const reviewState = reviewStateAfterSave(actor, { reviewState: "draft", published: null }, input.visibility === "public");
    const row = await insertProgressUpdate(tx, { measureId: measure.id, date: input.date, body, visibility: input.visibility, reviewState }, actor);
    await recordCreate(audit, "progress_update", row, { measureId: measure.id, date: row.date, body, visibility: row.visibility });
    if (input.intent === "publish") await publishUpdate({ tx, actor, audit }, row.id, row.version);
    return { id: row.id, measureId: measure.id, goalId: measure.goalId };
  },
});

export const updateProgressUpdate = defineAction({
  name: "strategy.update.update",
  input: z.strictObject({ ...updateShape, id: uuidField(), version: versionField() }),
  ...onPart,
  load: (tx, input) => loadUpdateWithMeasure(tx, input.id),
  run: async ({ tx, actor, input, item: { update, measure }, audit }) => {
    if (input.intent === "publish" && !can(actor.role, "content.publish")) throw new ActionError("forbidden");
    checkDate(input.date);
    const values = { date: input.date, body: toLocalized(input, "body")!, visibility: input.visibility };
    const diff = changedFields(update, { ...update, ...values }, ["date", "body", "visibility"]);
    let version = input.version;
    if (Object.keys(diff.after).length) {
      const reviewState = reviewStateAfterSave(actor, update, values.visibility === "public");
      const row = await saveProgressUpdate(tx, update, input.version, { ...values, reviewState }, actor);
      await audit({ entityType: "progress_update", entityId: update.id, action: "update", version: row.version, ...diff });
      version = row.version;
    } else if (input.intent !== "publish") {
      throw new ActionError("invalid", { key: "errors.noChanges" });
    }
    if (input.intent === "publish") await publishUpdate({ tx, actor, audit }, update.id, version);
    return { id: update.id, measureId: measure.id, goalId: measure.goalId };
  },
});

export const archiveProgressUpdate = defineStepAction({
  name: "strategy.update.archive",
  ...onPart,
  load: loadUpdateWithMeasure,
  step: async ({ tx, actor, input, item: { update, measure }, audit }) =>
    (await archiveProgressUpdateRow(tx, update, input.version, actor, audit), { id: update.id, measureId: measure.id, goalId: measure.goalId }),
});
