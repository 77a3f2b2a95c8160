"use server";

import type { Tx } from "@/db/client";
import { recordCreate } from "@/db/queries/strategy/audit-helpers";
import {
  archiveIndicatorRow,
  deletePointRow,
  findPoint,
  insertIndicator,
  linksInPeriod,
  loadActiveIndicator,
  loadPointWithIndicator,
  replaceIndicatorLinks,
  saveIndicatorRow,
  savePointValue,
  touchIndicator,
  type LoadedIndicator,
} from "@/db/queries/strategy/write-indicators";
import { checkUnit, livePeriodId } from "@/db/queries/strategy/write-structure";
import { defineAction } from "@/lib/actions/define-action";
import { defineStepAction } from "@/lib/actions/step-action";
import { ActionError, invalidField } from "@/lib/actions/result";
import { toLocalized } from "@/lib/forms/zod-fields";
import { can, canEditOwned, type Actor } from "@/lib/permissions";
import { changedFields } from "@/lib/publishing";
import { checkIndicatorSource, createIndicatorInput, deletePointInput, pointInput, sourceColumns, updateIndicatorInput } from "@/lib/strategy/indicator-input";
import { isComputationKey } from "@/lib/strategy/computed";
import { reviewStateAfterSave } from "@/lib/strategy/review-state";
import { publishIfAsked } from "@/lib/strategy/structure";

const mayEdit = (actor: Actor, i: LoadedIndicator) => canEditOwned(actor, { unitId: i.responsibleUnitId }, "strategy.manage", "strategy.editOwn");
/** Who may edit an indicator, its values and targets: coordinators, and editors of its responsible unit. */
const editors = { requires: ["strategy.manage", "strategy.editOwn"] as const, authorize: mayEdit };
const sourceFieldNames = ["source", "computation", "sourceName", "sourceUrl", "direction", "baselineValue", "baselineDate", "nextDueDate", "cadence"] as const;
const sorted = (ids: string[]) => [...new Set(ids)].sort();

type FormInput = (typeof createIndicatorInput)["_output"];

async function valuesFrom(tx: Tx, input: Omit<FormInput, "periodId">, periodId: string) {
  const wrong = checkIndicatorSource(input, isComputationKey);
  if (wrong) throw invalidField(wrong.field, wrong.key);
  await checkUnit(tx, input.responsibleUnitId);
  const measureIds = sorted(input.measureIds);
  const priorityIds = sorted(input.priorityIds);
  const ok = await linksInPeriod(tx, periodId, measureIds, priorityIds);
  if (measureIds.some((id) => !ok.measures.has(id))) throw invalidField("measureIds", "unknownItem");
  if (priorityIds.some((id) => !ok.priorities.has(id))) throw invalidField("priorityIds", "unknownItem");
  return {
    columns: {
      title: toLocalized(input, "title")!,
      description: toLocalized(input, "description"),
      unit: toLocalized(input, "unit")!,
      decimals: input.decimals,
      responsibleUnitId: input.responsibleUnitId,
      visibility: input.visibility,
      ...sourceColumns(input),
    },
    measureIds,
    priorityIds,
  };
}

export const createIndicator = defineAction({
  name: "strategy.indicator.create",
  input: createIndicatorInput,
  requires: ["strategy.manage"],
  run: async ({ tx, actor, input, audit }) => {
    const periodId = await livePeriodId(tx, input.periodId);
    if (!periodId) throw invalidField("periodId", "unknownItem");
    const v = await valuesFrom(tx, input, periodId);
    const row = await insertIndicator(tx, { ...v.columns, periodId }, actor);
    await replaceIndicatorLinks(tx, row.id, v.measureIds, v.priorityIds);
    await recordCreate(audit, "indicator", row, { ...v.columns, measureIds: v.measureIds, priorityIds: v.priorityIds });
    await publishIfAsked({ tx, actor, audit }, "indicator", row.id, row.version, input.intent);
    return { id: row.id };
  },
});

export const updateIndicator = defineAction({
  name: "strategy.indicator.update",
  input: updateIndicatorInput,
  ...editors,
  load: (tx, input) => loadActiveIndicator(tx, input.id),
  run: async ({ tx, actor, input, item, audit }) => {
    if (input.intent === "publish" && !can(actor.role, "content.publish")) throw new ActionError("forbidden");
    const v = await valuesFrom(tx, input, item.periodId);
    if (!can(actor.role, "strategy.manage") && v.columns.responsibleUnitId !== item.responsibleUnitId) throw invalidField("responsibleUnitId", "fieldLocked");
    const after = { ...item, ...v.columns, measureIds: v.measureIds, priorityIds: v.priorityIds };
    const diff = changedFields(item, after, ["title", "description", "unit", "decimals", "responsibleUnitId", "visibility", "measureIds", "priorityIds", ...sourceFieldNames]);
    let version = input.version;
    if (Object.keys(diff.after).length) {
      const reviewState = reviewStateAfterSave(actor, item, v.columns.visibility === "public");
      const row = await saveIndicatorRow(tx, item, input.version, { ...v.columns, reviewState }, actor);
      await replaceIndicatorLinks(tx, item.id, v.measureIds, v.priorityIds);
      await audit({ entityType: "indicator", entityId: item.id, action: "update", version: row.version, ...diff });
      version = row.version;
    } else if (input.intent !== "publish") {
      throw new ActionError("invalid", { key: "errors.noChanges" });
    }
    await publishIfAsked({ tx, actor, audit }, "indicator", item.id, version, input.intent);
    return { id: item.id };
  },
});

export const archiveIndicator = defineStepAction({
  name: "strategy.indicator.archive",
  requires: ["strategy.manage"],
  load: loadActiveIndicator,
  step: async ({ tx, actor, input, item, audit }) => (await archiveIndicatorRow(tx, item, input.version, actor, audit), { id: item.id }),
});

/** Record a value or a target for a date; a second entry for the same date replaces the first (and says so in the history). */
export const savePoint = defineAction({
  name: "strategy.indicator.point.save",
  input: pointInput,
  ...editors,
  load: (tx, input) => loadActiveIndicator(tx, input.indicatorId),
  run: async ({ tx, actor, input, item, audit }) => {
    // A computed indicator's values are counted by the app; only its targets are typed in.
    if (item.source === "computed" && input.kind === "actual") throw invalidField("kind", "computedValues");
    const existing = await findPoint(tx, item.id, input.kind, input.date);
    if (existing && existing.value === normalize(input.value, existing.value)) throw new ActionError("invalid", { key: "errors.noChanges" });
    await savePointValue(tx, existing, { indicatorId: item.id, kind: input.kind, date: input.date, value: input.value }, actor);
    const version = await touchIndicator(tx, item, actor);
    await audit({
      entityType: "indicator",
      entityId: item.id,
      action: existing ? "point_update" : "point_create",
      version,
      before: existing ? { kind: existing.kind, date: existing.date, value: existing.value } : null,
      after: { kind: input.kind, date: input.date, value: input.value },
    });
    return { id: item.id };
  },
});

/** Compare a typed decimal with a stored numeric(20,4) string. */
function normalize(typed: string, stored: string) {
  const scale = stored.split(".")[1]?.length ?? 0;
  const [i, f = ""] = typed.split(".");
  return scale ? `${i}.${f.padEnd(scale, "0")}` : i;
}

export const deletePoint = defineAction({
  name: "strategy.indicator.point.delete",
  input: deletePointInput,
  requires: editors.requires,
  load: (tx, input) => loadPointWithIndicator(tx, input.id),
  authorize: (actor, item) => mayEdit(actor, item.indicator),
  run: async ({ tx, actor, item: { point, indicator }, audit }) => {
    await deletePointRow(tx, point.id);
    const version = await touchIndicator(tx, indicator, actor);
    await audit({ entityType: "indicator", entityId: indicator.id, action: "point_delete", version, before: { kind: point.kind, date: point.date, value: point.value }, after: null });
    return { id: indicator.id };
  },
});
