"use server";

import { copyPeriodStructure } from "@/db/queries/strategy/copy-period";
import type { StrategyPeriod } from "@/db/schema";
import { insertPeriod, livePeriodId } from "@/db/queries/strategy/write-structure";
import { defineAction } from "@/lib/actions/define-action";
import { invalidField } from "@/lib/actions/result";
import { toLocalized } from "@/lib/forms/zod-fields";
import { structureActions } from "@/lib/strategy/structure-actions";
import { copyPeriodInput, createPeriodInput, updatePeriodInput } from "@/lib/strategy/structure-input";

function values(input: Record<string, unknown> & { startYear: number; endYear: number }) {
  if (input.endYear < input.startYear) throw invalidField("endYear", "endBeforeStart");
  return { name: toLocalized(input, "name")!, startYear: input.startYear, endYear: input.endYear };
}

/** The periods: create, save, archive, copy, and restore (its archived goals stay archived until restored one by one). */
const period = structureActions("period", {
  inputs: { create: createPeriodInput, update: updatePeriodInput },
  values: (_tx, input) => values(input),
  fields: ["name", "startYear", "endYear"],
  insert: insertPeriod,
  result: (row: StrategyPeriod) => ({ id: row.id }),
});

export const createPeriod = period.create;
export const updatePeriod = period.update;
export const archivePeriod = period.archive;
export const restorePeriod = period.restore;

/** Start a new period from an existing one's structure (as drafts). */
export const copyPeriod = defineAction({
  name: "strategy.period.copy",
  input: copyPeriodInput,
  requires: ["strategy.manage"],
  load: async (tx, input) => {
    const id = await livePeriodId(tx, input.sourceId);
    return id ? { id } : null;
  },
  run: async ({ tx, actor, input, item, audit }) => {
    const v = values(input);
    const result = await copyPeriodStructure(tx, { sourceId: item.id, name: v.name, startYear: v.startYear, endYear: v.endYear, actor, audit });
    return { id: result.periodId, counts: result.counts };
  },
});
