import "server-only";
import { and, asc, inArray, isNotNull, isNull } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../../client";
import { goals, measures, priorities, strategyPeriods, units } from "../../schema";
import type { GoalSnapshot, MeasureSnapshot, PeriodSnapshot, PrioritySnapshot } from "./snapshots";

/** Published, not archived: the only rows the public may see, and only their snapshots. */
const visible = (t: { published: PgColumn; archivedAt: PgColumn }) => and(isNotNull(t.published), isNull(t.archivedAt));

export type PublicMeasure = MeasureSnapshot & { id: string };
export type PublicPriority = PrioritySnapshot & { id: string };
export type PublicGoal = GoalSnapshot & { id: string; priorities: PublicPriority[]; measures: PublicMeasure[] };
export type PublicPeriod = PeriodSnapshot & { id: string; goals: PublicGoal[] };

/** The published strategy tree for the public site: periods → goals → priorities and measures. */
export async function getPublishedStrategy(db: Db): Promise<PublicPeriod[]> {
  const periodRows = await db
    .select({ id: strategyPeriods.id, snapshot: strategyPeriods.published })
    .from(strategyPeriods)
    .where(visible(strategyPeriods))
    .orderBy(asc(strategyPeriods.sortOrder), asc(strategyPeriods.startYear));
  if (!periodRows.length) return [];
  const goalRows = await db
    .select({ id: goals.id, snapshot: goals.published })
    .from(goals)
    .where(and(visible(goals), inArray(goals.periodId, periodRows.map((p) => p.id))));
  const goalIds = goalRows.map((g) => g.id);
  const [priorityRows, measureRows] = goalIds.length
    ? await Promise.all([
        db.select({ id: priorities.id, snapshot: priorities.published }).from(priorities).where(and(visible(priorities), inArray(priorities.goalId, goalIds))),
        db.select({ id: measures.id, snapshot: measures.published }).from(measures).where(and(visible(measures), inArray(measures.goalId, goalIds))),
      ])
    : [[], []];

  const bySort = <T extends { sortOrder: number }>(a: T, b: T) => a.sortOrder - b.sortOrder;
  const goalsList: PublicGoal[] = goalRows
    .map((g) => ({ id: g.id, ...(g.snapshot as GoalSnapshot), priorities: [], measures: [] }))
    .sort(bySort);
  const goalById = new Map(goalsList.map((g) => [g.id, g]));
  for (const p of priorityRows) {
    const s = p.snapshot as PrioritySnapshot;
    goalById.get(s.goalId)?.priorities.push({ id: p.id, ...s });
  }
  for (const m of measureRows) {
    const s = m.snapshot as MeasureSnapshot;
    goalById.get(s.goalId)?.measures.push({ id: m.id, ...s });
  }
  for (const g of goalsList) {
    g.priorities.sort(bySort);
    g.measures.sort(bySort);
  }
  return periodRows.map((p) => ({
    id: p.id,
    ...(p.snapshot as PeriodSnapshot),
    goals: goalsList.filter((g) => g.periodId === p.id),
  }));
}

/** Unit names for display (unit names are public reference data). */
export async function getUnitNames(db: Db) {
  return db.select({ id: units.id, name: units.name }).from(units);
}
