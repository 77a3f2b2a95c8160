"use server";

import { z } from "zod";
import { createRoundEntries, insertRound, loadEntryForUpdate, lockRound, previousRound, roundEntriesForReport, saveRoundEntryRow, saveRoundRow } from "@/db/queries/strategy/rounds";
import { getLivePeriod } from "@/db/queries/strategy/structure";
import { loadPublicStrategy } from "@/db/queries/public/strategy";
import type { ReportingRound } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { defineStepAction, stepActions } from "@/lib/actions/step-action";
import { ActionError } from "@/lib/actions/result";
import { dayDate, localizedShape, requiredInt, toLocalized, uuidField, versionField } from "@/lib/forms/zod-fields";
import { can, canEditOwned, type Actor } from "@/lib/permissions";
import { changedFields } from "@/lib/publishing";
import { measureStatuses } from "@/lib/strategy/measure-input";
import { buildRoundReport } from "@/lib/strategy/rounds";

/**
 * Reporting rounds: a coordinator opens a round, editors write each of their
 * measures' round report, the coordinator closes and publishes it (the report
 * is then frozen). Every write is version-checked and audited.
 */
export const openRound = defineAction({
  name: "strategy.round.open",
  input: z.strictObject({ periodId: uuidField(), ...localizedShape("name", 200, true), cutOffDate: dayDate() }),
  requires: ["strategy.manage"],
  load: (tx, input) => getLivePeriod(tx, input.periodId),
  run: async ({ tx, actor, input, item: period, audit }) => {
    const prev = await previousRound(tx, period.id, input.cutOffDate);
    const round = await insertRound(tx, { periodId: period.id, name: toLocalized(input, "name")!, cutOffDate: input.cutOffDate, previousRoundId: prev?.id ?? null }, actor);
    await createRoundEntries(tx, round);
    await audit({ entityType: "reporting_round", entityId: round.id, action: "create", version: round.version, before: null, after: { name: round.name, cutOffDate: round.cutOffDate, periodId: round.periodId, previousRoundId: round.previousRoundId } });
    return { id: round.id };
  },
});

const mayWrite = (actor: Actor, item: NonNullable<Awaited<ReturnType<typeof loadEntryForUpdate>>>) => {
  const manager = can(actor.role, "strategy.manage");
  if (item.round.state === "published") return false;
  // Once closed, only coordinators may still touch up the texts before publishing.
  if (item.round.state === "closed" && !manager) return false;
  return canEditOwned(actor, { unitId: item.measure.responsibleUnitId, contactIds: item.measure.contactIds }, "strategy.manage", "strategy.editOwn");
};

export const saveRoundEntry = defineAction({
  name: "strategy.round.entry.save",
  input: z.strictObject({
    id: uuidField(),
    version: versionField(),
    ...localizedShape("narrative", 5000, true),
    status: z.enum(measureStatuses),
    progress: requiredInt().pipe(z.number().min(0).max(100)),
  }),
  requires: ["strategy.manage", "strategy.editOwn"],
  load: (tx, input) => loadEntryForUpdate(tx, input.id),
  authorize: mayWrite,
  run: async ({ tx, actor, input, item: { entry }, audit }) => {
    const values = { narrative: toLocalized(input, "narrative"), status: input.status, progress: input.progress, writtenAt: new Date(), writtenBy: actor.id };
    const row = await saveRoundEntryRow(tx, entry, input.version, values, actor);
    const diff = changedFields(entry, row, ["narrative", "status", "progress"]);
    await audit({ entityType: "round_entry", entityId: entry.id, action: entry.writtenAt ? "update" : "write", version: row.version, before: diff.before, after: { ...diff.after, roundId: entry.roundId, measureId: entry.measureId } });
    return { id: row.id, roundId: entry.roundId, version: row.version };
  },
});

const roundState = (from: ReportingRound["state"], to: ReportingRound["state"]) => async (round: ReportingRound) => {
  if (round.state !== from) throw new ActionError("invalid", { key: `strategyRounds.errors.not_${from}` });
  return to;
};

/** A round's steps: coordinators close and reopen it, a publisher publishes it; each locks the round and checks its version. */
const roundStep = stepActions({ requires: ["strategy.manage"], load: lockRound });

/** Close (no more writing by editors) or reopen an open or closed round: the history records the state it left and took. */
const moveRound = (action: "close" | "reopen", from: ReportingRound["state"], to: ReportingRound["state"], closedAt: () => Date | null) =>
  roundStep(`strategy.round.${action}`, async ({ tx, actor, input, item: round, audit }) => {
    const state = await roundState(from, to)(round);
    const row = await saveRoundRow(tx, round, input.version, { state, closedAt: closedAt() }, actor);
    await audit({ entityType: "reporting_round", entityId: round.id, action, version: row.version, before: { state: round.state }, after: { state } });
    return { id: round.id };
  });

export const closeRound = moveRound("close", "open", "closed", () => new Date());
export const reopenRound = moveRound("reopen", "closed", "open", () => null);

/**
 * Publish a closed round: the report is built from what is public now
 * (published items under public parents) and the round's texts, and frozen.
 */
export const publishRound = defineStepAction({
  name: "strategy.round.publish",
  requires: ["content.publish"],
  load: lockRound,
  step: async ({ tx, actor, input, item: round, audit }) => {
    const state = await roundState("closed", "published")(round);
    const [data, entries] = await Promise.all([
      loadPublicStrategy(tx),
      roundEntriesForReport(tx, round.id),
    ]);
    const report = buildRoundReport(round, data, entries);
    if (!report) throw new ActionError("invalid", { key: "strategyRounds.errors.periodNotPublic" });
    const publishedAt = new Date();
    const row = await saveRoundRow(tx, round, input.version, { state, published: report, publishedAt }, actor);
    await audit({ entityType: "reporting_round", entityId: round.id, action: "publish", version: row.version, before: { state: round.state }, after: { state, measures: report.measures.length }, isPublication: true });
    return { id: round.id };
  },
});
