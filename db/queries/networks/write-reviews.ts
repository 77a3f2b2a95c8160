import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { networkPriorities, networkReviewItems, networkReviewRounds, networkReviewScores, networks, networkStatusChanges, users, type Network } from "@/db/schema";
import type { AuditFn } from "@/lib/actions/define-action";
import { ActionError, invalidField } from "@/lib/actions/result";
import type { LocalizedText } from "@/db/schema/common";
import { latestStatusDay, statusChangeProblem } from "@/lib/networks/status";
import { NETWORK } from "@/lib/networks/write";
import type { Actor } from "@/lib/permissions";
import { updateVersioned } from "@/lib/publishing";
import { networksTable } from "./write";

/** The review rounds' writes (app/[locale]/staff/networks/reviews/actions.ts calls these in its transaction). */
type ReviewedNetwork = { id: string; status: Network["status"]; annualFeeCents: number | null; feeCurrency: string };
const reviewedColumns = { id: networks.id, status: networks.status, annualFeeCents: networks.annualFeeCents, feeCurrency: networks.feeCurrency };

export async function lockReviewRound(tx: Tx, id: string) {
  const [round] = await tx.select().from(networkReviewRounds).where(eq(networkReviewRounds.id, id)).for("update");
  return round ?? null;
}

/** Does another round already use this Finnish name (whatever the case and the spaces around it)? */
export async function reviewRoundNameTaken(tx: Tx, nameFi: string) {
  const clash = await tx.select({ id: networkReviewRounds.id }).from(networkReviewRounds).where(sql`lower(btrim(${networkReviewRounds.name}->>'fi')) = lower(${nameFi})`);
  return clash.length > 0;
}

export async function insertReviewRound(tx: Tx, values: { name: LocalizedText; description: LocalizedText | null; openedOn: string }, actor: Actor) {
  const [round] = await tx.insert(networkReviewRounds).values({ ...values, createdBy: actor.id, updatedBy: actor.id }).returning();
  if (!round) throw new Error("round not created");
  return round;
}

/** Every network in the registry that the city has not left (candidates included): what a new round reviews. */
export function networksToReview(tx: Tx): Promise<ReviewedNetwork[]> {
  return tx.select(reviewedColumns).from(networks).where(and(isNull(networks.archivedAt), ne(networks.status, "left")));
}

/** A network that is not archived, with what a round copies of it; null when there is none. */
export async function reviewableNetwork(tx: Tx, id: string): Promise<ReviewedNetwork | null> {
  const [network] = await tx.select(reviewedColumns).from(networks).where(and(eq(networks.id, id), isNull(networks.archivedAt)));
  return network ?? null;
}

/** Put a network into a round, copying the fee and priorities it is judged on; null when it is already there. */
export async function addReviewItem(tx: Tx, roundId: string, network: ReviewedNetwork) {
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

export async function reviewItemOf(tx: Tx, roundId: string, networkId: string) {
  const [item] = await tx.select().from(networkReviewItems).where(and(eq(networkReviewItems.roundId, roundId), eq(networkReviewItems.networkId, networkId)));
  return item ?? null;
}

export async function lockReviewItem(tx: Tx, id: string) {
  const [item] = await tx.select().from(networkReviewItems).where(eq(networkReviewItems.id, id)).for("update");
  return item ?? null;
}

/** The network ids a round covers. */
export async function reviewItemNetworkIds(tx: Tx, roundId: string): Promise<string[]> {
  return (await tx.select({ id: networkReviewItems.networkId }).from(networkReviewItems).where(eq(networkReviewItems.roundId, roundId))).map((i) => i.id);
}

type ScoreValues = Pick<typeof networkReviewScores.$inferInsert, "strategicFit" | "benefit" | "costEffectiveness" | "recommendation" | "justification">;

/** Save a reviewer's scores for an item (saving again replaces their own); returns the one before and the saved one. */
export async function saveReviewScore(tx: Tx, itemId: string, reviewerId: string, values: ScoreValues) {
  const [before] = await tx.select().from(networkReviewScores).where(and(eq(networkReviewScores.itemId, itemId), eq(networkReviewScores.reviewerId, reviewerId)));
  const [saved] = await tx
    .insert(networkReviewScores)
    .values({ itemId, reviewerId, ...values })
    .onConflictDoUpdate({ target: [networkReviewScores.itemId, networkReviewScores.reviewerId], set: { ...values, updatedAt: new Date() } })
    .returning();
  if (!saved) throw new Error("score not saved");
  return { before: before ?? null, saved };
}

/** Record the coordinator's decision if the item is still at `expectedVersion`; otherwise the conflict (who saved, when). */
export async function decideReviewItem(
  tx: Tx,
  item: typeof networkReviewItems.$inferSelect,
  expectedVersion: number,
  values: { decision: NonNullable<(typeof networkReviewItems.$inferSelect)["decision"]>; decidedOn: string; decisionNote: string | null },
  actor: Actor,
) {
  const [updated] = await tx
    .update(networkReviewItems)
    .set({ ...values, version: sql`${networkReviewItems.version} + 1`, updatedBy: actor.id, updatedAt: new Date() })
    .where(and(eq(networkReviewItems.id, item.id), eq(networkReviewItems.version, expectedVersion)))
    .returning();
  if (!updated) {
    const [who] = item.updatedBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, item.updatedBy)) : [];
    throw new ActionError("conflict", { key: "errors.conflict", params: { name: who?.name ?? "?", at: item.updatedAt.toISOString() } }, undefined, { by: who?.name ?? null, at: item.updatedAt.toISOString() });
  }
  return updated;
}

/** Close a round (version-checked). */
export function closeReviewRoundRow(tx: Tx, round: typeof networkReviewRounds.$inferSelect, expectedVersion: number, closedOn: string, actor: Actor) {
  return updateVersioned<typeof round>(tx, networkReviewRounds, round.id, expectedVersion, { status: "closed", closedOn }, actor);
}

/**
 * A decision to leave moves a member or observer to "leaving", dated the
 * decision, with a status change named after the round.
 */
export async function markNetworkLeaving(tx: Tx, networkId: string, date: string, roundName: string, actor: Actor, audit: AuditFn) {
  const [network] = await tx.select().from(networks).where(eq(networks.id, networkId)).for("update");
  if (!network || (network.status !== "member" && network.status !== "observer")) return;
  const history = await tx.select({ changedOn: networkStatusChanges.changedOn }).from(networkStatusChanges).where(eq(networkStatusChanges.networkId, networkId));
  const problem = statusChangeProblem(history.map((h) => h.changedOn), date);
  if (problem) throw invalidField("decidedOn", problem, { date: latestStatusDay(history.map((h) => h.changedOn)) ?? "" });
  const note = roundName;
  const updated = await updateVersioned<typeof network>(tx, networksTable, networkId, network.version, { status: "leaving", statusSince: date, statusSincePrecision: "day", reviewState: "draft", reviewComment: null }, actor);
  await tx.insert(networkStatusChanges).values({ networkId, status: "leaving", changedOn: date, note, createdBy: actor.id });
  await audit({ entityType: NETWORK, entityId: networkId, action: "status", version: updated.version, before: { status: network.status, statusSince: network.statusSince }, after: { status: "leaving", statusSince: date, note } });
}
