import "server-only";
import { and, isNotNull, isNull } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../../client";
import { goals, indicators, measures, priorities, progressUpdates, strategyPeriods, units } from "../../schema";
import type { LocalizedText } from "../../schema/common";
import type { GoalSnapshot, IndicatorSnapshot, MeasureSnapshot, PeriodSnapshot, PrioritySnapshot, ProgressUpdateSnapshot } from "../strategy/snapshots";

/** Published, not archived: the only rows the public may see, and only their snapshots. */
const visible = (t: { published: PgColumn; archivedAt: PgColumn }) => and(isNotNull(t.published), isNull(t.archivedAt));

/** `isDemo`: invented demo content (a marked seed row), which public pages label as such. */
type Published<S> = S & { id: string; publishedAt: string | null; isDemo: boolean };
export type PublicPeriod = Published<PeriodSnapshot>;
export type PublicGoal = Published<GoalSnapshot>;
export type PublicPriority = Published<PrioritySnapshot>;
export type PublicMeasure = Published<MeasureSnapshot>;
export type PublicUpdate = Published<ProgressUpdateSnapshot>;
export type PublicIndicator = Published<IndicatorSnapshot>;

export type PublicStrategy = {
  periods: PublicPeriod[];
  goals: PublicGoal[];
  priorities: PublicPriority[];
  measures: PublicMeasure[];
  updates: PublicUpdate[];
  indicators: PublicIndicator[];
  units: Map<string, LocalizedText>;
};

async function snapshots<S>(db: Db, table: typeof goals | typeof priorities | typeof measures | typeof progressUpdates | typeof indicators | typeof strategyPeriods) {
  const rows = await db.select({ id: table.id, snapshot: table.published, publishedAt: table.publishedAt, isDemo: table.isDemo }).from(table).where(visible(table));
  return rows.map((r) => ({ id: r.id, publishedAt: r.publishedAt?.toISOString() ?? null, ...(r.snapshot as S), isDemo: r.isDemo }));
}

const bySort = <T extends { sortOrder: number; id: string }>(a: T, b: T) => a.sortOrder - b.sortOrder || a.id.localeCompare(b.id);

/**
 * Everything of the strategy that is public, consistent with itself: an item
 * whose parent is not public is left out, and links to items that are not
 * public are dropped (a published measure may name a priority that was
 * archived later).
 */
export async function loadPublicStrategy(db: Db): Promise<PublicStrategy> {
  const [periodRows, goalRows, priorityRows, measureRows, updateRows, indicatorRows, unitRows] = await Promise.all([
    snapshots<PeriodSnapshot>(db, strategyPeriods),
    snapshots<GoalSnapshot>(db, goals),
    snapshots<PrioritySnapshot>(db, priorities),
    snapshots<MeasureSnapshot>(db, measures),
    snapshots<ProgressUpdateSnapshot>(db, progressUpdates),
    snapshots<IndicatorSnapshot>(db, indicators),
    db.select({ id: units.id, name: units.name }).from(units),
  ]);
  const periodIds = new Set(periodRows.map((p) => p.id));
  const goalList = goalRows.filter((g) => periodIds.has(g.periodId)).sort(bySort);
  const goalIds = new Set(goalList.map((g) => g.id));
  const priorityList = priorityRows.filter((p) => goalIds.has(p.goalId)).sort(bySort);
  const priorityIds = new Set(priorityList.map((p) => p.id));
  const measureList = measureRows
    .filter((m) => goalIds.has(m.goalId))
    .map((m) => ({ ...m, priorityIds: (m.priorityIds ?? []).filter((id) => priorityIds.has(id)), milestones: m.milestones ?? [] }))
    .sort(bySort);
  const measureIds = new Set(measureList.map((m) => m.id));
  return {
    periods: periodRows.sort((a, b) => a.sortOrder - b.sortOrder || a.startYear - b.startYear),
    goals: goalList,
    priorities: priorityList,
    measures: measureList,
    updates: updateRows.filter((u) => measureIds.has(u.measureId)).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
    indicators: indicatorRows
      .filter((i) => periodIds.has(i.periodId))
      .map((i) => ({ ...i, measureIds: (i.measureIds ?? []).filter((id) => measureIds.has(id)), priorityIds: (i.priorityIds ?? []).filter((id) => priorityIds.has(id)) }))
      .sort(bySort),
    units: new Map(unitRows.map((u) => [u.id, u.name])),
  };
}
