import "server-only";
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { goals, measurePriorities, measures, priorities, strategyPeriods } from "@/db/schema";
import { flags, lastUpdates, openMilestones } from "./staff-page";

/**
 * The executive dashboard's strategy figures, each an SQL aggregate over the
 * period's measures (never the measures themselves), so the page stays fast
 * with thousands of measures. Archived measures, goals and priorities are
 * left out. The rules are the strategy area's (lib/strategy/rollup.ts;
 * late and stale: the SQL form in lib/strategy/flags.ts):
 * - progress: weighted mean of the measures' progress (weight 1 where none
 *   is set), cancelled measures left out, rounded half up;
 * - late: unfinished and (status "late", or the due date or an open
 *   milestone's date has passed; a month date lasts to the month's end);
 * - stale: unfinished and no progress update for more than N days (counted
 *   from the measure's creation when there is none).
 */
export type StrategyScope = { periodId: string; goalId?: string; today: string; staleAfterDays: number };

const weight = sql`(case when ${measures.weight} > 0 then ${measures.weight} else 1 end)`;

/**
 * Each measure's latest update and first open milestone, joined as grouped
 * subqueries (the staff list's, db/queries/strategy/staff-page.ts) rather
 * than looked up per measure row: the by-priority figures meet each measure
 * once per priority it serves.
 */
function joined(db: Db) {
  return { lu: lastUpdates(db), mo: openMilestones(db) };
}
type Joined = ReturnType<typeof joined>;

/** The aggregate columns every breakdown shares. */
function aggregates(scope: StrategyScope, j: Joined) {
  const counted = sql`${measures.status} <> 'cancelled'`;
  const { late, stale } = flags(j.lu, j.mo, scope.today, scope.staleAfterDays);
  return {
    measures: sql<number>`count(${measures.id})::int`,
    progress: sql<number | null>`round(sum(${measures.progress} * ${weight}) filter (where ${counted})::numeric / nullif(sum(${weight}) filter (where ${counted}), 0))::int`,
    late: sql<number>`count(${measures.id}) filter (where ${late})::int`,
    stale: sql<number>`count(${measures.id}) filter (where ${stale})::int`,
    completed: sql<number>`count(${measures.id}) filter (where ${measures.status} = 'completed')::int`,
  };
}

const liveGoalIn = (scope: StrategyScope) =>
  and(eq(goals.periodId, scope.periodId), isNull(goals.archivedAt), scope.goalId ? eq(goals.id, scope.goalId) : undefined);

/** Progress and flags per goal of the period (goals without measures included). */
export async function progressByGoal(db: Db, scope: StrategyScope) {
  const j = joined(db);
  return db
    .select({ id: goals.id, title: goals.title, scope: goals.scope, ...aggregates(scope, j) })
    .from(goals)
    .leftJoin(measures, and(eq(measures.goalId, goals.id), isNull(measures.archivedAt)))
    .leftJoin(j.lu, eq(j.lu.measureId, measures.id))
    .leftJoin(j.mo, eq(j.mo.measureId, measures.id))
    .where(liveGoalIn(scope))
    .groupBy(goals.id)
    .orderBy(asc(goals.sortOrder), asc(goals.createdAt));
}

/** Progress and flags per priority (a measure serving two priorities counts in both). */
export async function progressByPriority(db: Db, scope: StrategyScope) {
  const j = joined(db);
  return db
    .select({ id: priorities.id, goalId: goals.id, title: priorities.title, ...aggregates(scope, j) })
    .from(priorities)
    .innerJoin(goals, eq(goals.id, priorities.goalId))
    .leftJoin(measurePriorities, eq(measurePriorities.priorityId, priorities.id))
    .leftJoin(measures, and(eq(measures.id, measurePriorities.measureId), isNull(measures.archivedAt)))
    .leftJoin(j.lu, eq(j.lu.measureId, measures.id))
    .leftJoin(j.mo, eq(j.mo.measureId, measures.id))
    .where(and(liveGoalIn(scope), isNull(priorities.archivedAt)))
    .groupBy(priorities.id, goals.id)
    .orderBy(asc(goals.sortOrder), asc(priorities.sortOrder), asc(priorities.createdAt));
}

/** The period (or goal) as a whole: every measure once. */
export async function strategyTotals(db: Db, scope: StrategyScope) {
  const j = joined(db);
  const [row] = await db
    .select(aggregates(scope, j))
    .from(measures)
    .innerJoin(goals, eq(goals.id, measures.goalId))
    .leftJoin(j.lu, eq(j.lu.measureId, measures.id))
    .leftJoin(j.mo, eq(j.mo.measureId, measures.id))
    .where(and(liveGoalIn(scope), isNull(measures.archivedAt)));
  return row ?? { measures: 0, progress: null, late: 0, stale: 0, completed: 0 };
}

/** Measures per status. */
export async function measuresByStatus(db: Db, scope: StrategyScope) {
  const rows = await db
    .select({ status: measures.status, n: count() })
    .from(measures)
    .innerJoin(goals, eq(goals.id, measures.goalId))
    .where(and(liveGoalIn(scope), isNull(measures.archivedAt)))
    .groupBy(measures.status);
  return rows.map((r) => ({ status: r.status, measures: Number(r.n) }));
}

/** Periods and their goals for the filters (small reference lists). */
export async function dashboardOutline(db: Db) {
  const [periodRows, goalRows] = await Promise.all([
    db
      .select({ id: strategyPeriods.id, name: strategyPeriods.name, startYear: strategyPeriods.startYear, endYear: strategyPeriods.endYear })
      .from(strategyPeriods)
      .where(isNull(strategyPeriods.archivedAt))
      .orderBy(asc(strategyPeriods.sortOrder), asc(strategyPeriods.startYear)),
    db
      .select({ id: goals.id, periodId: goals.periodId, title: goals.title })
      .from(goals)
      .where(isNull(goals.archivedAt))
      .orderBy(asc(goals.sortOrder), asc(goals.createdAt)),
  ]);
  return { periods: periodRows, goals: goalRows };
}
export type DashboardOutline = Awaited<ReturnType<typeof dashboardOutline>>;

/** Every strategy figure of the dashboard at once. */
export async function strategyFigures(db: Db, scope: StrategyScope) {
  const [totals, byGoal, byPriority, byStatus] = await Promise.all([
    strategyTotals(db, scope),
    progressByGoal(db, scope),
    progressByPriority(db, scope),
    measuresByStatus(db, scope),
  ]);
  return { totals, byGoal, byPriority, byStatus };
}
export type StrategyFigures = Awaited<ReturnType<typeof strategyFigures>>;
