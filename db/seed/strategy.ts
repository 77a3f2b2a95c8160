import { asc, eq } from "drizzle-orm";
import type { Tx } from "../client";
import { recordAudit } from "../queries/audit";
import { indicatorSnapshot, progressUpdateSnapshot } from "../queries/strategy/snapshots";
import { indicatorMeasures, indicatorPoints, indicatorPriorities, indicators, milestones, progressUpdates, type Milestone } from "../schema";
import { seedIndicators, seedMilestones, seedUpdates } from "./strategy-details";

/** Insert the demo milestones of a measure (before the measure's snapshot is taken). */
export async function seedMeasureMilestones(tx: Tx, measureId: string, key: string): Promise<Milestone[]> {
  const list = seedMilestones[key] ?? [];
  if (!list.length) return [];
  return tx
    .insert(milestones)
    .values(list.map((m, i) => ({ measureId, title: m.title, dueDate: m.due[0], duePrecision: m.due[1], state: m.state, sortOrder: i })))
    .returning();
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** Progress updates and indicators, published where public, each with its history. */
export async function seedStrategyExtras(
  tx: Tx,
  ids: { periodId: string; measureIds: Map<string, string>; priorityIds: Map<string, string>; unitIds: Map<string, string>; authorId: string | null },
) {
  for (const [key, updates] of Object.entries(seedUpdates)) {
    const measureId = ids.measureIds.get(key);
    if (!measureId) continue;
    for (const u of updates) {
      const visibility = u.visibility ?? "public";
      const [row] = await tx.insert(progressUpdates).values({ measureId, date: u.on ?? daysAgo(u.daysAgo), body: u.body, visibility, authorId: ids.authorId, isDemo: true }).returning();
      if (!row) continue;
      await recordAudit(tx, { entityType: "progress_update", entityId: row.id, action: "create", version: 1, actor: null, after: { date: row.date, body: row.body, visibility } });
      if (visibility === "public") {
        const snapshot = progressUpdateSnapshot(row);
        await tx.update(progressUpdates).set({ reviewState: "published", published: snapshot, publishedAt: new Date(), publishedVersion: 1 }).where(eq(progressUpdates.id, row.id));
        await recordAudit(tx, { entityType: "progress_update", entityId: row.id, action: "publish", version: 1, actor: null, after: snapshot, isPublication: true });
      }
    }
  }

  for (const [i, ind] of seedIndicators.entries()) {
    const [row] = await tx
      .insert(indicators)
      .values({
        periodId: ids.periodId,
        title: ind.title,
        description: ind.description,
        unit: ind.unit,
        responsibleUnitId: ids.unitIds.get(ind.unitCode),
        sortOrder: i,
        isDemo: true,
        source: "computed",
        computation: ind.computation,
        direction: "up",
      })
      .returning();
    if (!row) continue;
    const points = [
      ...ind.targets.map(([date, value]) => ({ indicatorId: row.id, kind: "target" as const, date, value })),
    ];
    await tx.insert(indicatorPoints).values(points);
    const measureIds = ind.measures.map((k) => ids.measureIds.get(k)).filter((x): x is string => Boolean(x));
    const priorityIds = ind.priorities.map((k) => ids.priorityIds.get(k)).filter((x): x is string => Boolean(x));
    if (measureIds.length) await tx.insert(indicatorMeasures).values(measureIds.map((measureId) => ({ indicatorId: row.id, measureId })));
    if (priorityIds.length) await tx.insert(indicatorPriorities).values(priorityIds.map((priorityId) => ({ indicatorId: row.id, priorityId })));
    const stored = await tx.select().from(indicatorPoints).where(eq(indicatorPoints.indicatorId, row.id)).orderBy(asc(indicatorPoints.date));
    const snapshot = indicatorSnapshot(row, stored, { measureIds: [...measureIds].sort(), priorityIds: [...priorityIds].sort() });
    await tx.update(indicators).set({ reviewState: "published", published: snapshot, publishedAt: new Date(), publishedVersion: 1 }).where(eq(indicators.id, row.id));
    await recordAudit(tx, { entityType: "indicator", entityId: row.id, action: "create", version: 1, actor: null, after: snapshot });
    await recordAudit(tx, { entityType: "indicator", entityId: row.id, action: "publish", version: 1, actor: null, after: snapshot, isPublication: true });
  }
}
