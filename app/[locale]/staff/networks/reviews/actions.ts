"use server";

import { z } from "zod";
import {
  addReviewItem,
  closeReviewRoundRow,
  decideReviewItem,
  insertReviewRound,
  lockReviewItem,
  lockReviewRound,
  markNetworkLeaving,
  networksToReview,
  reviewableNetwork,
  reviewItemNetworkIds,
  reviewItemOf,
  reviewRoundNameTaken,
  saveReviewScore,
} from "@/db/queries/networks/write-reviews";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError, invalidField } from "@/lib/actions/result";
import { dateField, localizedFrom, nameAndDescription, recommendationField, scoreField } from "@/lib/networks/input";
import { optionalText, requiredText } from "@/lib/forms/zod-fields";
import { todayInHelsinki } from "@/lib/dates";

const ROUND = "network_review_round";
const ITEM = "network_review_item";

function assertOpen(round: { status: string }) {
  if (round.status !== "open") throw new ActionError("invalid", { key: "errors.roundClosed" });
}

/** Open a review round over every network in the registry that the city has not left (candidates included). */
export const openReviewRound = defineAction({
  name: "networks.openRound",
  input: z.object({
    ...nameAndDescription,
    openedOn: z.preprocess((v) => (v === undefined || v === "" ? todayInHelsinki() : v), dateField),
  }),
  requires: ["networks.manage"],
  run: async ({ tx, actor, input, audit }) => {
    const name = localizedFrom(input, "name")!;
    const description = input.description_fi ? localizedFrom(input, "description") : null;
    if (await reviewRoundNameTaken(tx, input.name_fi)) throw invalidField("name_fi", "duplicate");
    const round = await insertReviewRound(tx, { name, description, openedOn: input.openedOn }, actor);
    const pool = await networksToReview(tx);
    for (const n of pool) await addReviewItem(tx, round.id, n);
    await audit({ entityType: ROUND, entityId: round.id, action: "create", version: 1, after: { name, description, openedOn: input.openedOn, networks: pool.length } });
    return { id: round.id };
  },
});

/** Add a network (e.g. a new candidate) to an open round. */
export const addNetworkToRound = defineAction({
  name: "networks.addToRound",
  input: z.object({ roundId: z.uuid(), networkId: z.uuid() }),
  requires: ["networks.manage"],
  load: (tx, input) => lockReviewRound(tx, input.roundId),
  run: async ({ tx, input, item: round, audit }) => {
    assertOpen(round);
    const network = await reviewableNetwork(tx, input.networkId);
    if (!network) throw invalidField("networkId", "unknownItem");
    const added = await addReviewItem(tx, round.id, network);
    if (!added) throw invalidField("networkId", "alreadyInRound");
    await audit({ entityType: ITEM, entityId: added.id, action: "create", after: { roundId: round.id, networkId: network.id } });
    return { id: added.id };
  },
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
    const round = await lockReviewRound(tx, input.roundId);
    if (!round) return null;
    const item = await reviewItemOf(tx, input.roundId, input.networkId);
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
    const { before, saved } = await saveReviewScore(tx, item.id, actor.id, values);
    await audit({
      entityType: ITEM,
      entityId: item.id,
      action: before ? "score.update" : "score",
      before: before ? { reviewer: actor.name, strategicFit: before.strategicFit, benefit: before.benefit, costEffectiveness: before.costEffectiveness, recommendation: before.recommendation, justification: before.justification } : null,
      after: { reviewer: actor.name, ...values },
    });
    return { id: saved.id };
  },
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
    const item = await lockReviewItem(tx, input.itemId);
    if (!item) return null;
    const round = await lockReviewRound(tx, item.roundId);
    return round ? { round, item } : null;
  },
  run: async ({ tx, actor, input, item: { round, item }, audit }) => {
    assertOpen(round);
    if (input.decidedOn > todayInHelsinki()) throw invalidField("decidedOn", "statusDateFuture");
    const updated = await decideReviewItem(tx, item, input.version, { decision: input.decision, decidedOn: input.decidedOn, decisionNote: input.decisionNote }, actor);
    await audit({
      entityType: ITEM,
      entityId: item.id,
      action: "decide",
      version: updated.version,
      before: { decision: item.decision, decidedOn: item.decidedOn, decisionNote: item.decisionNote },
      after: { decision: input.decision, decidedOn: input.decidedOn, decisionNote: input.decisionNote, roundId: round.id, networkId: item.networkId },
    });
    if (input.decision === "leave") await markNetworkLeaving(tx, item.networkId, input.decidedOn, round.name.fi, actor, audit);
    return { id: item.id, networkId: item.networkId, roundId: round.id };
  },
});

/** Close the round: scores and decisions are frozen and the round stays readable as history. */
export const closeReviewRound = defineAction({
  name: "networks.closeRound",
  input: z.object({ roundId: z.uuid(), version: z.coerce.number().int().min(1) }),
  requires: ["networks.manage"],
  load: (tx, input) => lockReviewRound(tx, input.roundId),
  run: async ({ tx, actor, input, item: round, audit }) => {
    assertOpen(round);
    const closedOn = todayInHelsinki();
    const updated = await closeReviewRoundRow(tx, round, input.version, closedOn, actor);
    const items = await reviewItemNetworkIds(tx, round.id);
    await audit({ entityType: ROUND, entityId: round.id, action: "close", version: updated.version, before: { status: "open" }, after: { status: "closed", closedOn, networks: items.length } });
    return { id: round.id };
  },
});

