import "server-only";
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../client";
import { networkReviewItems, networkReviewRounds, networkReviewScores, networks, users } from "../../schema";
import { summariseRound } from "@/lib/networks/review";
import { listPriorityChoices } from "./staff";

/** Every review round, newest first, with how many networks each covers. */
export async function listReviewRounds(db: Db) {
  const rounds = await db.select().from(networkReviewRounds).orderBy(desc(networkReviewRounds.openedOn), desc(networkReviewRounds.createdAt));
  const items = rounds.length ? await db.select({ roundId: networkReviewItems.roundId, decision: networkReviewItems.decision }).from(networkReviewItems) : [];
  return rounds.map((r) => {
    const mine = items.filter((i) => i.roundId === r.id);
    return { ...r, networks: mine.length, decided: mine.filter((i) => i.decision).length };
  });
}

/** A round with its networks, every reviewer's scores and the summary (staff only: scores are internal). */
export async function getReviewRound(db: Db, roundId: string) {
  const [round] = await db.select().from(networkReviewRounds).where(eq(networkReviewRounds.id, roundId));
  if (!round) return null;
  const items = await db
    .select({
      id: networkReviewItems.id,
      networkId: networkReviewItems.networkId,
      name: networks.name,
      type: networks.type,
      currentStatus: networks.status,
      statusAtReview: networkReviewItems.statusAtReview,
      feeCents: networkReviewItems.feeCentsAtReview,
      currency: networkReviewItems.currencyAtReview,
      priorityIds: networkReviewItems.priorityIdsAtReview,
      decision: networkReviewItems.decision,
      decidedOn: networkReviewItems.decidedOn,
      decisionNote: networkReviewItems.decisionNote,
      version: networkReviewItems.version,
    })
    .from(networkReviewItems)
    .innerJoin(networks, eq(networks.id, networkReviewItems.networkId))
    .where(eq(networkReviewItems.roundId, roundId));
  items.sort((a, b) => a.name.fi.localeCompare(b.name.fi, "fi"));
  const scores = items.length
    ? await db
        .select({
          id: networkReviewScores.id,
          itemId: networkReviewScores.itemId,
          reviewerId: networkReviewScores.reviewerId,
          reviewerName: users.name,
          strategicFit: networkReviewScores.strategicFit,
          benefit: networkReviewScores.benefit,
          costEffectiveness: networkReviewScores.costEffectiveness,
          recommendation: networkReviewScores.recommendation,
          justification: networkReviewScores.justification,
          updatedAt: networkReviewScores.updatedAt,
        })
        .from(networkReviewScores)
        .innerJoin(users, eq(users.id, networkReviewScores.reviewerId))
        .where(inArray(networkReviewScores.itemId, items.map((i) => i.id)))
        .orderBy(asc(users.name))
    : [];
  const priorityChoices = await listPriorityChoices(db);
  const summary = summariseRound(
    items.map((i) => ({
      itemId: i.id,
      networkId: i.networkId,
      feeCents: i.feeCents,
      currency: i.currency,
      priorityIds: i.priorityIds,
      decision: i.decision,
      scores: scores.filter((s) => s.itemId === i.id),
    })),
    priorityChoices.map((p) => p.id),
  );
  const aggregateOf = new Map(summary.items.map((a) => [a.itemId, a]));
  return {
    round,
    items: items.map((i) => ({ ...i, aggregate: aggregateOf.get(i.id)!, scores: scores.filter((s) => s.itemId === i.id) })),
    summary,
    priorities: priorityChoices,
  };
}

export type ReviewRoundView = NonNullable<Awaited<ReturnType<typeof getReviewRound>>>;

/** Networks that can still be added to a round (not archived, not yet in it). */
export async function networksNotInRound(db: Db, roundId: string) {
  const inRound = await db.select({ id: networkReviewItems.networkId }).from(networkReviewItems).where(eq(networkReviewItems.roundId, roundId));
  const taken = new Set(inRound.map((i) => i.id));
  const rows = await db.select({ id: networks.id, name: networks.name, status: networks.status }).from(networks).where(and(isNull(networks.archivedAt)));
  return rows.filter((r) => !taken.has(r.id)).sort((a, b) => a.name.fi.localeCompare(b.name.fi, "fi"));
}

/** The latest round's outcome per network (for the portfolio and the executive summary). */
export async function latestRecommendations(db: Db) {
  const rounds = await listReviewRounds(db);
  const latest = rounds[0];
  if (!latest) return null;
  const view = await getReviewRound(db, latest.id);
  if (!view) return null;
  return { round: view.round, summary: view.summary, items: view.items.map((i) => ({ networkId: i.networkId, name: i.name, outcome: i.aggregate.outcome, decision: i.decision })) };
}
