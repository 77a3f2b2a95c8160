import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { goals, indicatorPoints, indicators, measurePriorities, measures, priorities, progressUpdates, strategyPeriods } from "@/db/schema";
import { goalSnapshot, indicatorSnapshot, measureSnapshot, prioritySnapshot, progressUpdateSnapshot } from "@/db/queries/strategy/snapshots";

/**
 * Things the public must never see, each carrying a recognisable marker:
 * internal notes and review comments, unpublished drafts of published items,
 * internal and unpublished items, archived items and items under an
 * unpublished parent. Returns the markers and the ids that must not appear.
 */
export async function seedInternalMarkers(db: Db, tag: string) {
  const M = (what: string) => `INTERNAL-MARKER-${tag}-${what}`;
  const [period] = await db.select().from(strategyPeriods).orderBy(asc(strategyPeriods.sortOrder)).limit(1);
  const [goal] = await db.select().from(goals).where(eq(goals.periodId, period!.id)).orderBy(asc(goals.sortOrder)).limit(1);
  const [priority] = await db.select().from(priorities).where(eq(priorities.goalId, goal!.id)).orderBy(asc(priorities.sortOrder)).limit(1);
  const publish = { reviewState: "published" as const, publishedAt: new Date(), publishedVersion: 1 };

  // A published measure whose working copy has moved on: draft texts, internal notes, a review comment.
  const [visible] = await db
    .insert(measures)
    .values({ goalId: goal!.id, title: { fi: `Julkinen ${tag}`, sv: `Offentlig ${tag}`, en: `Public ${tag}` }, status: "on_schedule", progress: 30, sortOrder: 900 })
    .returning();
  // An unpublished priority the published measure is also linked to: its id must not leak either.
  const [hiddenPriority] = await db.insert(priorities).values({ goalId: goal!.id, title: { fi: M("priority"), sv: M("priority") }, sortOrder: 900 }).returning();
  await db.insert(measurePriorities).values([
    { measureId: visible!.id, priorityId: priority!.id },
    { measureId: visible!.id, priorityId: hiddenPriority!.id },
  ]);
  await db
    .update(measures)
    .set({
      ...publish,
      published: measureSnapshot(visible!, [priority!.id, hiddenPriority!.id]),
      title: { fi: M("draft-title"), sv: M("draft-title") },
      description: { fi: M("draft-description") },
      internalNotes: M("internal-notes"),
      reviewComment: M("review-comment"),
      reviewState: "pending",
    })
    .where(eq(measures.id, visible!.id));

  const [internal] = await db
    .insert(measures)
    .values({ goalId: goal!.id, title: { fi: M("internal-measure"), sv: M("internal-measure") }, visibility: "internal", status: "late", progress: 5, sortOrder: 901, reviewState: "published", publishedAt: new Date() })
    .returning();
  const [draft] = await db.insert(measures).values({ goalId: goal!.id, title: { fi: M("draft-measure"), sv: M("draft-measure") }, sortOrder: 902 }).returning();
  const [archived] = await db.insert(measures).values({ goalId: goal!.id, title: { fi: M("archived"), sv: M("archived") }, sortOrder: 903 }).returning();
  await db.update(measures).set({ ...publish, published: measureSnapshot(archived!, []), archivedAt: new Date() }).where(eq(measures.id, archived!.id));

  // A published measure under an unpublished goal.
  const [hiddenGoal] = await db.insert(goals).values({ periodId: period!.id, title: { fi: M("goal"), sv: M("goal") }, scope: "eu", sortOrder: 900 }).returning();
  const [orphan] = await db.insert(measures).values({ goalId: hiddenGoal!.id, title: { fi: M("orphan"), sv: M("orphan") }, sortOrder: 904 }).returning();
  await db.update(measures).set({ ...publish, published: measureSnapshot(orphan!, []) }).where(eq(measures.id, orphan!.id));

  // A published priority whose draft has a new title.
  const [prio] = await db.insert(priorities).values({ goalId: goal!.id, title: { fi: `Painopiste ${tag}`, sv: `Prioritering ${tag}` }, sortOrder: 905 }).returning();
  await db.update(priorities).set({ ...publish, published: prioritySnapshot(prio!), title: { fi: M("priority-draft") } }).where(eq(priorities.id, prio!.id));
  await db.update(goals).set({ description: { fi: M("goal-draft") } }).where(eq(goals.id, goal!.id));
  await db.update(goals).set({ published: goalSnapshot(goal!) }).where(eq(goals.id, goal!.id));

  // Progress updates: one internal, one not yet published, one published.
  const [shown] = await db.insert(progressUpdates).values({ measureId: visible!.id, date: "2024-05-02", body: { fi: `Edistyminen ${tag}`, sv: `Framsteg ${tag}` } }).returning();
  await db.update(progressUpdates).set({ ...publish, published: progressUpdateSnapshot(shown!) }).where(eq(progressUpdates.id, shown!.id));
  await db.insert(progressUpdates).values([
    { measureId: visible!.id, date: "2024-05-03", body: { fi: M("internal-update") }, visibility: "internal" },
    { measureId: visible!.id, date: "2024-05-04", body: { fi: M("draft-update") } },
  ]);

  // Indicators: an unpublished one with values, and a published one whose working copy has moved on.
  const [hiddenIndicator] = await db.insert(indicators).values({ periodId: period!.id, title: { fi: M("indicator") }, unit: { fi: "kpl" } }).returning();
  await db.insert(indicatorPoints).values({ indicatorId: hiddenIndicator!.id, kind: "actual", date: "2024-01-01", value: "424242.4242" });
  const [indicator] = await db.insert(indicators).values({ periodId: period!.id, title: { fi: `Mittari ${tag}`, sv: `Indikator ${tag}` }, unit: { fi: "€", sv: "€" } }).returning();
  const points = await db
    .insert(indicatorPoints)
    .values([
      { indicatorId: indicator!.id, kind: "actual", date: "2023-12-31", value: "1250000.5000" },
      { indicatorId: indicator!.id, kind: "target", date: "2025-12-31", value: "2000000.0000" },
    ])
    .returning();
  await db
    .update(indicators)
    .set({ ...publish, published: indicatorSnapshot(indicator!, points, { measureIds: [visible!.id, internal!.id], priorityIds: [priority!.id] }), title: { fi: M("indicator-draft") } })
    .where(eq(indicators.id, indicator!.id));

  return {
    marker: `INTERNAL-MARKER-${tag}`,
    visible: { measureId: visible!.id, priorityId: priority!.id, goalId: goal!.id, updateId: shown!.id, indicatorId: indicator!.id },
    hiddenIds: [internal!.id, draft!.id, archived!.id, hiddenGoal!.id, orphan!.id, hiddenPriority!.id, hiddenIndicator!.id],
  };
}
