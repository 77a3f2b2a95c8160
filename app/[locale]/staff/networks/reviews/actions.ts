"use server";

import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { networkPriorities, networkReviewItems, networkReviewRounds, networkReviewScores, networks, networkStatusChanges, users } from "@/db/schema";
import { defineAction, type AuditFn } from "@/lib/actions/define-action";
import { ActionError, invalidField } from "@/lib/actions/result";
import { dateField, recommendationField, scoreField } from "@/lib/networks/input";
import { optionalText, requiredText } from "@/lib/forms/zod-fields";
import { statusChangeProblem } from "@/lib/networks/status";
import { NETWORK } from "@/lib/networks/write";
import { networksTable } from "@/db/queries/networks/write";
import type { Actor } from "@/lib/permissions";
import { updateVersioned } from "@/lib/publishing";
import { todayInHelsinki } from "@/lib/dates";

const ROUND = "network_review_round";
const ITEM = "network_review_item";
const reviewPages = (roundId?: string, networkId?: string) => ({
  paths: [
    "/staff/networks/reviews",
    "/staff/networks/portfolio",
    ...(roundId ? [`/staff/networks/reviews/${roundId}`] : []),
    ...(networkId ? [`/staff/networks/${networkId}`, "/staff/networks"] : []),
  ],
});

async function loadRound(tx: Tx, id: string) {
  const [round] = await tx.select().from(networkReviewRounds).where(eq(networkReviewRounds.id, id)).for("update");
  return round ?? null;
}

function assertOpen(round: { status: string }) {
  if (round.status !== "open") throw new ActionError("invalid", { key: "errors.roundClosed" });
}

/** Put a network into a round, copying the fee and priorities it is judged on. */
async function addItem(tx: Tx, roundId: string, network: { id: string; status: (typeof networks.$inferSelect)["status"]; annualFeeCents: number | null; feeCurrency: string }) {
  const links = await tx.select({ priorityId: networkPriorities.priorityId }).from(networkPriorities).where(eq(networkPriorities.networkId, network.id));
  const [item] = await tx
    .insert(networkReviewItems)
    .values({
      roundId,
      networkId: network.id,
      statusAtReview: network.status,
      feeCentsAtReview: network.annualFeeCents,
      currencyAtReview: network.feeCurrency,
      priorityIdsAtReview: links.map((l) => l.priorityId),
    })
    .onConflictDoNothing()
    .returning();
  return item ?? null;
}

/** Open a review round over every network in the registry that the city has not left (candidates included). */
export const openReviewRound = defineAction({
  name: "networks.openRound",
  input: z.object({
    name_fi: requiredText(200),
    name_sv: optionalText(200),
    name_en: optionalText(200),
    description_fi: optionalText(4000),
    description_sv: optionalText(4000),
    description_en: optionalText(4000),
    openedOn: z.preprocess((v) => (v === undefined || v === "" ? todayInHelsinki() : v), dateField),
  }),
  requires: ["networks.manage"],
  run: async ({ tx, actor, input, audit }) => {
    const name = { fi: input.name_fi, ...(input.name_sv ? { sv: input.name_sv } : {}), ...(input.name_en ? { en: input.name_en } : {}) };
    const description = input.description_fi ? { fi: input.description_fi, ...(input.description_sv ? { sv: input.description_sv } : {}), ...(input.description_en ? { en: input.description_en } : {}) } : null;
    const clash = await tx.select({ id: networkReviewRounds.id }).from(networkReviewRounds).where(sql`lower(btrim(${networkReviewRounds.name}->>'fi')) = lower(${input.name_fi})`);
    if (clash.length) throw invalidField("name_fi", "duplicate");
    const [round] = await tx.insert(networkReviewRounds).values({ name, description, openedOn: input.openedOn, createdBy: actor.id, updatedBy: actor.id }).returning();
    if (!round) throw new Error("round not created");
    const pool = await tx
      .select({ id: networks.id, status: networks.status, annualFeeCents: networks.annualFeeCents, feeCurrency: networks.feeCurrency })
      .from(networks)
      .where(and(isNull(networks.archivedAt), ne(networks.status, "left")));
    for (const n of pool) await addItem(tx, round.id, n);
    await audit({ entityType: ROUND, entityId: round.id, action: "create", version: 1, after: { name, description, openedOn: input.openedOn, networks: pool.length } });
    return { id: round.id };
  },
  revalidate: (_input, data) => reviewPages(data.id),
});

/** Add a network (e.g. a new candidate) to an open round. */
export const addNetworkToRound = defineAction({
  name: "networks.addToRound",
  input: z.object({ roundId: z.uuid(), networkId: z.uuid() }),
  requires: ["networks.manage"],
  load: (tx, input) => loadRound(tx, input.roundId),
  run: async ({ tx, input, item: round, audit }) => {
    assertOpen(round);
    const [network] = await tx
      .select({ id: networks.id, status: networks.status, annualFeeCents: networks.annualFeeCents, feeCurrency: networks.feeCurrency })
      .from(networks)
      .where(and(eq(networks.id, input.networkId), isNull(networks.archivedAt)));
    if (!network) throw invalidField("networkId", "unknownItem");
    const added = await addItem(tx, round.id, network);
    if (!added) throw invalidField("networkId", "alreadyInRound");
    await audit({ entityType: ITEM, entityId: added.id, action: "create", after: { roundId: round.id, networkId: network.id } });
    return { id: added.id };
  },
  revalidate: (input) => reviewPages(input.roundId, input.networkId),
});

/** A reviewer's scores, justification and recommendation for one network; saving again replaces one's own. */
export const scoreNetwork = defineAction({
  name: "networks.score",
  input: z.object({
    roundId: z.uuid(),
    networkId: z.uuid(),
    strategicFit: scoreField,
    benefit: scoreField,
    costEffectiveness: scoreField,
    recommendation: recommendationField,
    justification: requiredText(4000),
  }),
  requires: ["networks.review"],
  load: async (tx, input) => {
    const round = await loadRound(tx, input.roundId);
    if (!round) return null;
    const [item] = await tx
      .select()
      .from(networkReviewItems)
      .where(and(eq(networkReviewItems.roundId, input.roundId), eq(networkReviewItems.networkId, input.networkId)));
    return item ? { round, item } : null;
  },
  run: async ({ tx, actor, input, item: { round, item }, audit }) => {
    assertOpen(round);
    const values = {
      strategicFit: input.strategicFit,
      benefit: input.benefit,
      costEffectiveness: input.costEffectiveness,
      recommendation: input.recommendation,
      justification: input.justification,
    };
    const [before] = await tx.select().from(networkReviewScores).where(and(eq(networkReviewScores.itemId, item.id), eq(networkReviewScores.reviewerId, actor.id)));
    const [saved] = await tx
      .insert(networkReviewScores)
      .values({ itemId: item.id, reviewerId: actor.id, ...values })
      .onConflictDoUpdate({ target: [networkReviewScores.itemId, networkReviewScores.reviewerId], set: { ...values, updatedAt: new Date() } })
      .returning();
    if (!saved) throw new Error("score not saved");
    await audit({
      entityType: ITEM,
      entityId: item.id,
      action: before ? "score.update" : "score",
      before: before ? { reviewer: actor.name, strategicFit: before.strategicFit, benefit: before.benefit, costEffectiveness: before.costEffectiveness, recommendation: before.recommendation, justification: before.justification } : null,
      after: { reviewer: actor.name, ...values },
    });
    return { id: saved.id };
  },
  revalidate: (input) => reviewPages(input.roundId, input.networkId),
});

/**
 * The coordinator's decision on a network and its date. A decision to leave
 * also moves a member or observer to "leaving" (dated the decision), so the
 * registry, the portfolio and — once published — the public site show it.
 */
export const decideNetwork = defineAction({
  name: "networks.decide",
  input: z.object({
    itemId: z.uuid(),
    version: z.coerce.number().int().min(1),
    decision: recommendationField,
    decidedOn: dateField,
    decisionNote: optionalText(4000),
  }),
  requires: ["networks.manage"],
  load: async (tx, input) => {
    const [item] = await tx.select().from(networkReviewItems).where(eq(networkReviewItems.id, input.itemId)).for("update");
    if (!item) return null;
    const round = await loadRound(tx, item.roundId);
    return round ? { round, item } : null;
  },
  run: async ({ tx, actor, input, item: { round, item }, audit }) => {
    assertOpen(round);
    if (input.decidedOn > todayInHelsinki()) throw invalidField("decidedOn", "statusDateFuture");
    const [updated] = await tx
      .update(networkReviewItems)
      .set({ decision: input.decision, decidedOn: input.decidedOn, decisionNote: input.decisionNote, version: sql`${networkReviewItems.version} + 1`, updatedBy: actor.id, updatedAt: new Date() })
      .where(and(eq(networkReviewItems.id, item.id), eq(networkReviewItems.version, input.version)))
      .returning();
    if (!updated) {
      const [who] = item.updatedBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, item.updatedBy)) : [];
      throw new ActionError("conflict", { key: "errors.conflict", params: { name: who?.name ?? "?", at: item.updatedAt.toISOString() } }, undefined, { by: who?.name ?? null, at: item.updatedAt.toISOString() });
    }
    await audit({
      entityType: ITEM,
      entityId: item.id,
      action: "decide",
      version: updated.version,
      before: { decision: item.decision, decidedOn: item.decidedOn, decisionNote: item.decisionNote },
      after: { decision: input.decision, decidedOn: input.decidedOn, decisionNote: input.decisionNote, roundId: round.id, networkId: item.networkId },
    });
    if (input.decision === "leave") await markLeaving(tx, item.networkId, input.decidedOn, round.name.fi, actor, audit);
    return { id: item.id, networkId: item.networkId, roundId: round.id };
  },
  revalidate: (_input, data) => ({ paths: [...reviewPages(data.roundId, data.networkId).paths, "/networks", `/networks/${data.networkId}`] }),
});

async function markLeaving(tx: Tx, networkId: string, date: string, roundName: string, actor: Actor, audit: AuditFn) {
  const [network] = await tx.select().from(networks).where(eq(networks.id, networkId)).for("update");
  if (!network || (network.status !== "member" && network.status !== "observer")) return;
  const history = await tx.select({ changedOn: networkStatusChanges.changedOn }).from(networkStatusChanges).where(eq(networkStatusChanges.networkId, networkId));
  const problem = statusChangeProblem(history.map((h) => h.changedOn), date);
  if (problem) throw invalidField("decidedOn", problem, { date: history.map((h) => h.changedOn).sort().at(-1) ?? "" });
  const note = roundName;
  const updated = await updateVersioned<typeof network>(tx, networksTable, networkId, network.version, { status: "leaving", statusSince: date, statusSincePrecision: "day", reviewState: "draft", reviewComment: null }, actor);
  await tx.insert(networkStatusChanges).values({ networkId, status: "leaving", changedOn: date, note, createdBy: actor.id });
  await audit({ entityType: NETWORK, entityId: networkId, action: "status", version: updated.version, before: { status: network.status, statusSince: network.statusSince }, after: { status: "leaving", statusSince: date, note } });
}

/** Close the round: scores and decisions are frozen and the round stays readable as history. */
export const closeReviewRound = defineAction({
  name: "networks.closeRound",
  input: z.object({ roundId: z.uuid(), version: z.coerce.number().int().min(1) }),
  requires: ["networks.manage"],
  load: (tx, input) => loadRound(tx, input.roundId),
  run: async ({ tx, actor, input, item: round, audit }) => {
    assertOpen(round);
    const closedOn = todayInHelsinki();
    const updated = await updateVersioned<typeof round>(tx, networkReviewRounds, round.id, input.version, { status: "closed", closedOn }, actor);
    const items = await tx.select({ id: networkReviewItems.networkId }).from(networkReviewItems).where(eq(networkReviewItems.roundId, round.id));
    await audit({ entityType: ROUND, entityId: round.id, action: "close", version: updated.version, before: { status: "open" }, after: { status: "closed", closedOn, networks: items.length } });
    return { id: round.id };
  },
  revalidate: (input) => reviewPages(input.roundId),
});

