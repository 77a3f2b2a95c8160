import "server-only";
import type { Db, Tx } from "../../client";
import { goals, indicators, measures, priorities, progressUpdates, strategyPeriods, units } from "../../schema";
import type { LocalizedText } from "../../schema/common";
import { publicWhere, type PublicKind } from "./visibility";
import { withComputedValues } from "../strategy/computations";
import type { GoalSnapshot, IndicatorSnapshot, MeasureSnapshot, PeriodSnapshot, PrioritySnapshot, ProgressUpdateSnapshot } from "../strategy/snapshots";


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

/** The public rows of a table (the one visibility rule, ./visibility), only their snapshots. */
async function snapshots<S>(db: Db | Tx, table: typeof goals | typeof priorities | typeof measures | typeof progressUpdates | typeof indicators | typeof strategyPeriods, kind: PublicKind) {
  const rows = await db.select({ id: table.id, snapshot: table.published, publishedAt: table.publishedAt, isDemo: table.isDemo }).from(table).where(publicWhere[kind]());
  return rows.map((r) => ({ id: r.id, publishedAt: r.publishedAt?.toISOString() ?? null, ...(r.snapshot as S), isDemo: r.isDemo }));
}

const bySort = <T extends { sortOrder: number; id: string }>(a: T, b: T) => a.sortOrder - b.sortOrder || a.id.localeCompare(b.id);

/**
 * Everything of the strategy that is public, consistent with itself: rows are
 * chosen by the one visibility rule (./visibility: an item whose ancestor is
 * not public is left out), and links to items that are not public are dropped
 * (a published measure may name a priority that was archived later).
 */
export async function loadPublicStrategy(db: Db | Tx): Promise<PublicStrategy> {
  const [periodRows, goalRows, priorityRows, measureRows, updateRows, indicatorRows, unitRows] = await Promise.all([
    snapshots<PeriodSnapshot>(db, strategyPeriods, "period"),
    snapshots<GoalSnapshot>(db, goals, "goal"),
    snapshots<PrioritySnapshot>(db, priorities, "priority"),
    snapshots<MeasureSnapshot>(db, measures, "measure"),
    snapshots<ProgressUpdateSnapshot>(db, progressUpdates, "progressUpdate"),
    snapshots<IndicatorSnapshot>(db, indicators, "indicator"),
    db.select({ id: units.id, name: units.name }).from(units),
  ]);
  const priorityIds = new Set(priorityRows.map((p) => p.id));
  const measureList = measureRows.map((m) => ({ ...m, priorityIds: (m.priorityIds ?? []).filter((id) => priorityIds.has(id)), milestones: m.milestones ?? [] })).sort(bySort);
  const measureIds = new Set(measureList.map((m) => m.id));
  return {
    periods: periodRows.sort((a, b) => a.sortOrder - b.sortOrder || a.startYear - b.startYear),
    goals: goalRows.sort(bySort),
    priorities: priorityRows.sort(bySort),
    measures: measureList,
    updates: updateRows.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
    // A computed indicator's values are counted from published data only.
    indicators: (await withComputedValues(db, "public", indicatorRows))
      .map((i) => ({ ...i, measureIds: (i.measureIds ?? []).filter((id) => measureIds.has(id)), priorityIds: (i.priorityIds ?? []).filter((id) => priorityIds.has(id)) }))
      .sort(bySort),
    units: new Map(unitRows.map((u) => [u.id, u.name])),
  };
}
