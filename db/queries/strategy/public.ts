import "server-only";
import { asc } from "drizzle-orm";
import type { Db } from "../../client";
import { goals, measures, priorities, strategyPeriods, units } from "../../schema";
import { publicWhere } from "../public/visibility";
import type { GoalSnapshot, MeasureSnapshot, PeriodSnapshot, PrioritySnapshot } from "./snapshots";


export type PublicMeasure = MeasureSnapshot & { id: string };
export type PublicPriority = PrioritySnapshot & { id: string };
export type PublicGoal = GoalSnapshot & { id: string; priorities: PublicPriority[]; measures: PublicMeasure[] };
export type PublicPeriod = PeriodSnapshot & { id: string; goals: PublicGoal[] };

/** The published strategy tree for the public site: periods → goals → priorities and measures. */
export async function getPublishedStrategy(db: Db): Promise<PublicPeriod[]> {
  const periodRows = await db
    .select({ id: strategyPeriods.id, snapshot: strategyPeriods.published })
    .from(strategyPeriods)
    .where(publicWhere.period())
    .orderBy(asc(strategyPeriods.sortOrder), asc(strategyPeriods.startYear));
  if (!periodRows.length) return [];
  const goalRows = await db
    .select({ id: goals.id, snapshot: goals.published })
    .from(goals)
    .where(publicWhere.goal());
  // The one visibility rule (../public/visibility) picks the rows; they hang under their snapshot's parent.
  const [priorityRows, measureRows] = await Promise.all([
    db.select({ id: priorities.id, snapshot: priorities.published }).from(priorities).where(publicWhere.priority()),
    db.select({ id: measures.id, snapshot: measures.published }).from(measures).where(publicWhere.measure()),
  ]);

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
