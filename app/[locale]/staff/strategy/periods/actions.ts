"use server";

import { recordCreate } from "@/db/queries/strategy/audit-helpers";
import { copyPeriodStructure } from "@/db/queries/strategy/copy-period";
import type { StrategyPeriod } from "@/db/schema";
import { archiveStructural, insertPeriod, livePeriodId, loadActive, loadArchived, restoreRow, saveStructural } from "@/db/queries/strategy/write-structure";
import { defineAction } from "@/lib/actions/define-action";
import { invalidField } from "@/lib/actions/result";
import { toLocalized } from "@/lib/forms/zod-fields";
import { publishIfAsked } from "@/lib/strategy/structure";
import { archiveInput, copyPeriodInput, createPeriodInput, updatePeriodInput } from "@/lib/strategy/structure-input";

function values(input: Record<string, unknown> & { startYear: number; endYear: number }) {
  if (input.endYear < input.startYear) throw invalidField("endYear", "endBeforeStart");
  return { name: toLocalized(input, "name")!, startYear: input.startYear, endYear: input.endYear };
}

export const createPeriod = defineAction({
  name: "strategy.period.create",
  input: createPeriodInput,
  requires: ["strategy.manage"],
  run: async ({ tx, actor, input, audit }) => {
    const v = values(input);
    const row = await insertPeriod(tx, v, actor);
    await recordCreate(audit, "period", row, v);
    await publishIfAsked({ tx, actor, audit }, "period", row.id, row.version, input.intent);
    return { id: row.id };
  },
});

export const updatePeriod = defineAction({
  name: "strategy.period.update",
  input: updatePeriodInput,
  requires: ["strategy.manage"],
  load: (tx, input) => loadActive<StrategyPeriod>(tx, "period", input.id),
  run: async (ctx) => {
    await saveStructural({ ctx, type: "period", values: values(ctx.input), fields: ["name", "startYear", "endYear"] });
    return { id: ctx.item.id };
  },
});

export const archivePeriod = defineAction({
  name: "strategy.period.archive",
  input: archiveInput,
  requires: ["strategy.manage"],
  load: (tx, input) => loadActive<StrategyPeriod>(tx, "period", input.id),
  run: async (ctx) => {
    await archiveStructural(ctx, "period");
    return { id: ctx.item.id };
  },
});

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

/** Bring an archived period back as a draft (see restoreRow); its archived goals stay archived until restored one by one. */
export const restorePeriod = defineAction({
  name: "strategy.period.restore",
  input: archiveInput,
  requires: ["strategy.manage"],
  load: (tx, input) => loadArchived<StrategyPeriod>(tx, "period", input.id),
  run: async (ctx) => {
    await restoreRow(ctx, "period");
    return { id: ctx.item.id };
  },
});
