import { eq } from "drizzle-orm";
import type { Tx } from "../client";
import {
  networkContacts,
  networkParticipation,
  networkPriorities,
  networkReviewItems,
  networkReviewRounds,
  networkReviewScores,
  networkRoles,
  networks,
  networkStatusChanges,
} from "../schema";
import { recordAudit } from "../queries/audit";
import { networkSnapshot } from "../queries/networks/snapshots";
import { seedNetworkList, seedRound2022 } from "./networks-data";

type Ids = { unitIds: Map<string, string>; userIds: Map<string, string>; priorityIds: Map<string, string> };

/** The network registry, published, and the 2022 mapping as a closed review round (demo values). */
export async function seedNetworks(tx: Tx, { unitIds, userIds, priorityIds }: Ids) {
  const networkIds = new Map<string, string>();
  const editorId = userIds.get("editor@example.com");
  for (const n of seedNetworkList) {
    const current = n.history.at(-1);
    if (!current) continue;
    const linked = n.priorities.map((k) => priorityIds.get(k)).filter((id): id is string => Boolean(id));
    const [row] = await tx
      .insert(networks)
      .values({
        isDemo: true,
        name: n.name,
        description: n.description,
        type: n.type,
        website: n.website ?? null,
        countryCode: n.country ?? null,
        status: current[0],
        statusSince: current[1],
        annualFeeCents: n.feeCents ?? null,
        feeCurrency: n.currency ?? "EUR",
        staffDays: n.staffDays ?? null,
        responsibleUnitId: unitIds.get(n.unit) ?? null,
        decisionNumber: n.decision?.number ?? null,
        decisionDate: n.decision?.date ?? null,
        internalNotes: n.notes ?? null,
      })
      .returning();
    if (!row) throw new Error(`seed: network ${n.key} not created`);
    networkIds.set(n.key, row.id);
    for (const [status, changedOn, note] of n.history) await tx.insert(networkStatusChanges).values({ networkId: row.id, status, changedOn, note: note ?? null });
    if (linked.length) await tx.insert(networkPriorities).values(linked.map((priorityId) => ({ networkId: row.id, priorityId })));
    if (n.contactEditor && editorId) await tx.insert(networkContacts).values({ networkId: row.id, userId: editorId });
    const roles = n.roles?.length
      ? await tx
          .insert(networkRoles)
          .values(n.roles.map((r) => ({ networkId: row.id, title: r.title, startDate: r.start ?? null, endDate: r.end ?? null })))
          .returning()
      : [];
    for (const p of n.participation ?? [])
      await tx.insert(networkParticipation).values({ networkId: row.id, occurredOn: p.on, kind: p.kind, title: p.title, participants: p.participants ?? null, outcome: p.outcome ?? null });
    const snapshot = networkSnapshot(row, { roles, priorityIds: linked });
    await tx.update(networks).set({ reviewState: "published", published: snapshot, publishedAt: new Date(), publishedVersion: 1 }).where(eq(networks.id, row.id));
    await recordAudit(tx, { entityType: "network", entityId: row.id, action: "create", version: 1, actor: null, after: snapshot });
    await recordAudit(tx, { entityType: "network", entityId: row.id, action: "publish", version: 1, actor: null, after: snapshot, isPublication: true });
  }

  const [round] = await tx
    .insert(networkReviewRounds)
    .values({ name: seedRound2022.name, description: seedRound2022.description, status: "closed", openedOn: seedRound2022.openedOn, closedOn: seedRound2022.closedOn })
    .returning();
  if (!round) throw new Error("seed: review round not created");
  await recordAudit(tx, { entityType: "network_review_round", entityId: round.id, action: "create", version: 1, actor: null, after: { name: round.name } });
  const reviewers = [userIds.get("coordinator@example.com"), userIds.get("executive@example.com")];
  for (const n of seedNetworkList) {
    const networkId = networkIds.get(n.key);
    if (!networkId || !n.review2022) continue;
    // The status the network had while it was being reviewed.
    const atReview = [...n.history].filter(([, on]) => on < seedRound2022.decidedOn).at(-1) ?? n.history[0];
    if (!atReview) continue;
    const [item] = await tx
      .insert(networkReviewItems)
      .values({
        roundId: round.id,
        networkId,
        statusAtReview: atReview[0],
        feeCentsAtReview: n.feeCents ?? null,
        currencyAtReview: n.currency ?? "EUR",
        priorityIdsAtReview: n.priorities.map((k) => priorityIds.get(k)).filter((id): id is string => Boolean(id)),
        decision: n.review2022.decision,
        decidedOn: seedRound2022.decidedOn,
        decisionNote: n.review2022.note ?? null,
      })
      .returning();
    if (!item) continue;
    for (const [i, [strategicFit, benefit, costEffectiveness, recommendation, justification]] of n.review2022.scores.entries()) {
      const reviewerId = reviewers[i];
      if (!reviewerId) continue;
      await tx.insert(networkReviewScores).values({ itemId: item.id, reviewerId, strategicFit, benefit, costEffectiveness, recommendation, justification });
    }
    await recordAudit(tx, { entityType: "network_review_item", entityId: item.id, action: "decide", actor: null, after: { decision: item.decision, decidedOn: item.decidedOn } });
  }
}
